import type { DataPaths } from '../app/dataPaths';
import type { Clock } from '../clock';
import { LoginGuard } from './loginGuard';

/** When this login may try a password again (login protection), or null when it need not wait. */
export function staffWaitUntil(paths: DataPaths, login: string, clock: Clock): string | null {
  return new LoginGuard(paths.loginAttempts, clock).waitUntil(login);
}
