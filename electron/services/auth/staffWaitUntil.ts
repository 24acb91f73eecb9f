import type { DataPaths } from '../app/dataPaths';
import type { Clock } from '../clock';

/** When this login may try a password again (login protection), or null when it need not wait. */
export function staffWaitUntil(_paths: DataPaths, _login: string, _clock: Clock): string | null {
  return null;
}
