import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** How a text file's bytes are read, and how people call that encoding. */
export type TextEncoding = {
  codec: 'utf8' | 'utf16le' | 'utf16be' | 'cp932';
  label: string;
};

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 without a byte order mark: ASCII's high bytes are zero, so NULs fill every other byte. */
function utf16ByNuls(bytes: Uint8Array): TextEncoding | null {
  const sample = bytes.subarray(0, 64 * 1024);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, i) => {
    if (byte !== 0) return;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  });
  if (even + odd < sample.length / 10) return null;
  return odd > even
    ? { codec: 'utf16le', label: 'UTF-16' }
    : { codec: 'utf16be', label: 'UTF-16（ビッグエンディアン）' };
}

/**
 * Finds a CSV's encoding as offices have them: a byte order mark says UTF-8 or UTF-16; without
 * one, NULs in every other byte say UTF-16, bytes that are valid UTF-8 say UTF-8 (Shift_JIS
 * text almost never is), and anything else is Shift_JIS as Windows writes it (CP932: older
 * 福祉 systems and 住基 exports).
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { codec: 'utf8', label: 'UTF-8（BOM付き）' };
  if (startsWith(bytes, [0xff, 0xfe])) return { codec: 'utf16le', label: 'UTF-16' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { codec: 'utf16be', label: 'UTF-16（ビッグエンディアン）' };
  const utf16 = utf16ByNuls(bytes);
  if (utf16 !== null) return utf16;
  if (isUtf8(bytes)) return { codec: 'utf8', label: 'UTF-8' };
  return { codec: 'cp932', label: 'Shift_JIS（CP932）' };
}

/**
 * The file as text in the encoding found (a byte order mark dropped). iconv-lite's CP932 table
 * has the NEC and IBM extensions (①, 髙, 﨑) that Windows writes and plain Shift_JIS lacks.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv.decode(buffer, encoding.codec, { stripBOM: true });
}
