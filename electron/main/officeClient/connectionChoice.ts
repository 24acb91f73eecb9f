import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { normalizeFingerprint } from './certificateFingerprint';
import { addressOfOrigin } from './serverAddress';

/** The file in the desktop app's userData folder that keeps this PC's choice. */
export const connectionFileName = 'kasane-connection.json';

/**
 * How this PC uses Kasane: its own database, or the office server at `origin` whose certificate
 * has exactly this SHA-256 fingerprint (pinned when staff compared it on the first connect).
 */
export type ConnectionChoice =
  { mode: 'local' } | { mode: 'server'; origin: string; fingerprint: string; pinnedAt: string };

const choiceSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('local') }),
  z.strictObject({
    mode: z.literal('server'),
    origin: z.string().refine((origin) => addressOfOrigin(origin) !== null),
    fingerprint: z.string().refine((value) => normalizeFingerprint(value) === value),
    pinnedAt: z.iso.datetime(),
  }),
]);

/** What the file says: nothing chosen yet, a choice, or a file that cannot be read as one. */
export type StoredChoice =
  | { state: 'unset' }
  | { state: 'chosen'; choice: ConnectionChoice }
  | { state: 'unreadable'; file: string };

/** Reads this PC's choice; a damaged file is reported, never guessed at. */
export function readConnectionChoice(userDataDir: string): StoredChoice {
  const file = path.join(userDataDir, connectionFileName);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'unset' };
    return { state: 'unreadable', file };
  }
  try {
    const parsed = choiceSchema.safeParse(JSON.parse(text));
    return parsed.success
      ? { state: 'chosen', choice: parsed.data }
      : { state: 'unreadable', file };
  } catch {
    return { state: 'unreadable', file };
  }
}

/** Saves the choice: written beside the file and renamed over it, readable by this user only. */
export function writeConnectionChoice(userDataDir: string, choice: ConnectionChoice): void {
  const checked = choiceSchema.parse(choice);
  fs.mkdirSync(userDataDir, { recursive: true });
  const file = path.join(userDataDir, connectionFileName);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(checked, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** Forgets the choice (the next start asks again): how a changed certificate is re-pinned. */
export function forgetConnectionChoice(userDataDir: string): void {
  fs.rmSync(path.join(userDataDir, connectionFileName), { force: true });
}
