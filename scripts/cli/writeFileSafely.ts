import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { fileNotSaved } from '../../electron/services/excel/workbook/deliverFile';

/**
 * Writes a file through a temporary file beside it, renamed over the destination only when
 * complete: an interrupted or failed export never leaves half a workbook under the name asked
 * for. `write` gets the stream and resolves when it has written everything (and ended it).
 */
export async function writeFileSafely<T>(
  destination: string,
  write: (out: Writable) => Promise<T>,
): Promise<T> {
  const temporary = path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${process.pid}.tmp`,
  );
  const out = fs.createWriteStream(temporary);
  try {
    const result = await write(out);
    if (!out.writableEnded) out.end();
    await finished(out);
    fs.renameSync(temporary, destination);
    return result;
  } catch (error) {
    out.destroy();
    fs.rmSync(temporary, { force: true });
    // A system error of the file (full disk, no permission) gets the app's Japanese message.
    if (error instanceof Error && 'errno' in error) throw fileNotSaved(error, destination);
    throw error;
  }
}
