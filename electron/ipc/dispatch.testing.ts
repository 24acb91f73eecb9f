import type { CallName } from '../contract/contract';
import type { CallInput, CallOutput } from '../contract/types';
import { adminPassword, setUpSession } from '../services/auth/sessionManager.testing';
import { createDispatcher, type Dispatch } from './dispatch';
import { handlers } from './handlerTable';

export type Sender = { id: string };
export const ownWindow: Sender = { id: 'main-window' };
export const viewerLogin = 'etsuran';
export const viewerPassword = 'etsuran-kaede-2026';

/** Makes a call through the real dispatcher and returns its value, failing on a refusal. */
export type Call = <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutput<N>>;

export type DispatchFixture = {
  fixture: ReturnType<typeof setUpSession>;
  dispatch: Dispatch<Sender>;
  call: Call;
};

/** The real dispatcher and handler table over a test session, and `call` through it. */
export function dispatcherFor(fixture: ReturnType<typeof setUpSession>): DispatchFixture {
  const dispatch = createDispatcher<Sender>({
    isTrustedSender: (sender) => sender === ownWindow,
    sessionOf: () => fixture.session,
    clock: fixture.clock,
    handlers,
    logError: (error) => {
      throw error;
    },
  });
  const call: Call = async (name, input) => {
    const envelope = await dispatch(ownWindow, name, input);
    if (!envelope.ok) {
      const issues = envelope.issues ? ` ${JSON.stringify(envelope.issues)}` : '';
      throw new Error(`${name}: ${envelope.code} ${envelope.message}${issues}`);
    }
    return envelope.value as CallOutput<typeof name>;
  };
  return { fixture, dispatch, call };
}

/**
 * A real session behind the real dispatcher and handler table, for the dispatcher tests of a
 * domain: a 閲覧 account besides the 管理者, then the clock set to `unlockAt` — by then the idle
 * session has locked itself — and the 管理者 unlocks as the user would.
 */
export async function setUpDispatch(unlockAt: string): Promise<DispatchFixture> {
  const fixture = setUpSession();
  const made = dispatcherFor(fixture);
  fixture.session.createStaffAccount({
    login: viewerLogin,
    displayName: '閲覧 花子',
    role: 'viewer',
    password: viewerPassword,
  });
  fixture.clock.set(unlockAt);
  const touched = await made.dispatch(ownWindow, 'auth.touch', {});
  if (touched.ok || touched.code !== 'LOCKED') {
    throw new Error(`expected the idle session to have locked, got ${JSON.stringify(touched)}`);
  }
  await made.call('auth.unlock', { password: adminPassword });
  return made;
}
