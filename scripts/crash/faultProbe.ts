import fs from 'node:fs';
import readline from 'node:readline';
import type { Envelope } from '../../electron/contract/envelope';
import { AppError } from '../../electron/contract/errors';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { handlers } from '../../electron/ipc/handlerTable';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { systemClock } from '../../electron/services/clock';

// A child for the fault tests: what a user of the app does (log in, save cases), run in its own
// process so the test can give it a file-size limit (a full disk), another user id (a folder it
// may only read) or kill it while it holds the data folder. Prints one JSON line per outcome.
//   login: logs in and out.   fill: logs in and saves cases until a save fails.
//   hold:  logs in, says "held", and waits (until killed).

const [dataDir, action, migrationsFolder] = process.argv.slice(2);
const login = process.env.KASANE_USER ?? '';
const password = process.env.KASANE_PASSWORD ?? '';
const say = (value: unknown) => fs.writeSync(1, `${JSON.stringify(value)}\n`);

function outcome(error: unknown) {
  return error instanceof AppError
    ? { ok: false, code: error.code, message: error.message }
    : { ok: false, code: 'CRASH', message: String(error) };
}

async function main(): Promise<void> {
  const session = new SessionManager({
    dataDir: dataDir ?? '',
    clock: systemClock,
    channel: 'cli',
    migrationsFolder,
  });
  try {
    session.login(login, password);
  } catch (error) {
    say(outcome(error));
    return;
  }
  if (action === 'hold') {
    say('held');
    await new Promise(() => undefined);
  }
  if (action === 'fill') {
    const dispatch = createDispatcher<string>({
      isTrustedSender: () => true,
      sessionOf: () => session,
      clock: systemClock,
      handlers,
    });
    const [me] = session.requireUnlocked(['admin']).db.query.staff.findMany().sync();
    let saved = 0;
    for (;;) {
      const envelope: Envelope<unknown> = await dispatch('probe', 'case.intake', {
        receivedOn: '2026-04-01',
        receivedBy: me?.id,
        route: 'phone',
        person: {
          mode: 'newHousehold',
          household: { address: 'みどり町' },
          person: { name: `満杯 ${saved}`, nameKana: 'まんぱい' },
        },
        fields: ['elderly'],
        chiefComplaint: 'あ'.repeat(4000),
      });
      if (!envelope.ok) {
        say({ ...envelope, saved });
        break;
      }
      saved += 1;
    }
  } else {
    say({ ok: true });
  }
  try {
    session.logout();
  } catch (error) {
    say(outcome(error));
  }
}

const input = readline.createInterface({ input: process.stdin });
input.once('line', () => {
  input.close();
  main().catch((error: unknown) => say(outcome(error)));
});
