import crypto from 'node:crypto';

/**
 * The SHA-256 fingerprint of a certificate as the server prints it, 管理 shows it and browsers
 * show it: 32 upper-case hex bytes joined by colons (AB:CD:…).
 */
export function fingerprintOfCertificate(certificate: string | Buffer): string {
  return new crypto.X509Certificate(certificate).fingerprint256;
}

/**
 * A fingerprint as typed or copied (lower case, spaces or no colons, full-width) in the one
 * form above; null when it is not 32 bytes of hex.
 */
export function normalizeFingerprint(text: string): string | null {
  const hex = text
    .normalize('NFKC')
    .replace(/[\s:-]/g, '')
    .toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)?.join(':') ?? null;
}

/** Whether two fingerprints name the same certificate (both must be well-formed). */
export function sameFingerprint(a: string, b: string): boolean {
  const left = normalizeFingerprint(a);
  const right = normalizeFingerprint(b);
  if (left === null || right === null) return false;
  return crypto.timingSafeEqual(Buffer.from(left), Buffer.from(right));
}

/** The fingerprint in groups a person can compare aloud, 8 bytes per line. */
export function fingerprintLines(fingerprint: string): string[] {
  const bytes = (normalizeFingerprint(fingerprint) ?? fingerprint).split(':');
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 8) lines.push(bytes.slice(i, i + 8).join(':'));
  return lines;
}
