import type { Session } from 'electron';
import { fingerprintOfCertificate, sameFingerprint } from './officeClient/certificateFingerprint';
import type { ServerAddress } from './officeClient/serverAddress';

/**
 * Pins the window's network session to the office server's certificate: Chromium accepts a
 * certificate only for the server's host and only with the fingerprint staff compared on the
 * first connect (self-signed or not); everything else is refused (-2) and reported, so the app
 * can say what happened instead of a blank page.
 */
export function pinServerCertificate(
  session: Session,
  address: ServerAddress,
  fingerprint: string,
  onRefused: (actualFingerprint: string) => void,
): void {
  session.setCertificateVerifyProc((request, callback) => {
    const host = request.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
    const actual = readFingerprint(request.certificate.data);
    if (host === address.host && actual !== null && sameFingerprint(actual, fingerprint)) {
      callback(0);
      return;
    }
    callback(-2);
    if (host === address.host && actual !== null) onRefused(actual);
  });
}

function readFingerprint(certificatePem: string): string | null {
  try {
    return fingerprintOfCertificate(certificatePem);
  } catch {
    return null;
  }
}
