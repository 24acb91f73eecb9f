import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../contract/envelope';
import { meetingKinds } from '../contract/meetingCodes';
import { adminPassword, setUpSession } from '../services/auth/sessionManager.testing';
import { defaultPrivacyNotice } from '../contract/schemas/settings';
import { createDispatcher, type Dispatch } from './dispatch';
import { handlers } from './handlerTable';

type Sender = { id: string };
const ownWindow: Sender = { id: 'main-window' };

let fixture: ReturnType<typeof setUpSession>;
let dispatch: Dispatch<Sender>;
const logged: unknown[] = [];

beforeAll(() => {
  fixture = setUpSession();
  dispatch = createDispatcher<Sender>({
    isTrustedSender: (sender) => sender === ownWindow,
    sessionOf: () => fixture.session,
    clock: fixture.clock,
    handlers,
    logError: (error) => logged.push(error),
  });
});
afterAll(() => fixture.cleanup());

function failure(envelope: Envelope<unknown>): { code: string; message: string } {
  if (envelope.ok) throw new Error(`expected a refusal, got ${JSON.stringify(envelope.value)}`);
  expect(envelope.message).toMatch(/[ぁ-んァ-ン一-龥]/);
  return envelope;
}

describe('dispatch refuses hostile calls', () => {
  const protoInput = JSON.parse('{"__proto__": {"role": "admin"}}') as unknown;
  const protoExtra = JSON.parse(
    '{"municipalityName": "x", "__proto__": {"idleLockMinutes": 1}}',
  ) as unknown;
  const cases: Array<[string, Sender, unknown, unknown, string]> = [
    ['a foreign sender', { id: 'evil' }, 'settings.get', {}, 'BAD_SENDER'],
    ['an unknown name', ownWindow, 'db.exec', {}, 'UNKNOWN_CALL'],
    ['a prototype name', ownWindow, '__proto__', {}, 'UNKNOWN_CALL'],
    ['constructor as name', ownWindow, 'constructor', {}, 'UNKNOWN_CALL'],
    ['toString as name', ownWindow, 'toString', {}, 'UNKNOWN_CALL'],
    ['a non-string name', ownWindow, 42, {}, 'UNKNOWN_CALL'],
    ['a missing input', ownWindow, 'settings.get', undefined, 'VALIDATION'],
    ['a null input', ownWindow, 'settings.get', null, 'VALIDATION'],
    ['an array input', ownWindow, 'settings.get', [], 'VALIDATION'],
    ['an extra key', ownWindow, 'settings.get', { sql: 'DROP TABLE staff' }, 'VALIDATION'],
    ['__proto__ as a key', ownWindow, 'settings.get', protoInput, 'VALIDATION'],
    ['__proto__ beside real keys', ownWindow, 'settings.update', protoExtra, 'VALIDATION'],
    ['a wrong type', ownWindow, 'settings.update', { idleLockMinutes: '5' }, 'VALIDATION'],
    ['a fraction', ownWindow, 'settings.update', { idleLockMinutes: 1.5 }, 'VALIDATION'],
    ['out of range', ownWindow, 'settings.update', { idleLockMinutes: 100000 }, 'VALIDATION'],
    [
      'a control character',
      ownWindow,
      'settings.update',
      { municipalityName: 'み\u0000どり' },
      'VALIDATION',
    ],
    [
      'a huge string',
      ownWindow,
      'settings.update',
      { municipalityName: 'あ'.repeat(100_000) },
      'VALIDATION',
    ],
    [
      'a bad login',
      ownWindow,
      'auth.login',
      { login: "admin' OR 1=1 --", password: 'x' },
      'VALIDATION',
    ],
    [
      'a non-string password',
      ownWindow,
      'auth.login',
      { login: 'kanri', password: { $ne: '' } },
      'VALIDATION',
    ],
    [
      'setup on a set-up folder',
      ownWindow,
      'setup.init',
      { login: 'new1', displayName: 'x', password: 'long-enough-pass-1', municipalityName: 'x' },
      'ALREADY_INITIALIZED',
    ],
  ];

  it.each(cases)('refuses %s', async (_label, sender, name, input, code) => {
    expect(failure(await dispatch(sender, name, input)).code).toBe(code);
  });

  it('returns field issues in Japanese for a form to show', async () => {
    const envelope = await dispatch(ownWindow, 'setup.init', {
      login: 'a',
      displayName: '',
      password: 'short',
      municipalityName: 'x',
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    const paths = (envelope.issues ?? []).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['login', 'displayName', 'password']));
    for (const issue of envelope.issues ?? []) expect(issue.message).toMatch(/[ぁ-んァ-ン一-龥]/);
  });
});

describe('dispatch serves ordinary calls', () => {
  it('answers app.status without a session check', async () => {
    const envelope = await dispatch(ownWindow, 'app.status', {});
    expect(envelope).toMatchObject({
      ok: true,
      value: { initialized: true, session: { state: 'unlocked' } },
    });
  });

  it('stores text with script tags and SQL as inert text', async () => {
    const name = "<script>alert(1)</script>町'; DROP TABLE staff; --";
    const envelope = await dispatch(ownWindow, 'settings.update', { municipalityName: name });
    expect(envelope).toEqual({
      ok: true,
      value: {
        municipalityName: name,
        idleLockMinutes: 10,
        planEvaluationMonths: 3,
        meetingKindNames: meetingKinds.labels,
        privacyNotice: defaultPrivacyNotice,
      },
    });
    expect(await dispatch(ownWindow, 'settings.get', {})).toMatchObject({
      ok: true,
      value: { municipalityName: name },
    });
  });

  it('takes the actor from the session: after logout, calls are refused', async () => {
    expect(await dispatch(ownWindow, 'auth.logout', {})).toEqual({ ok: true, value: null });
    expect(failure(await dispatch(ownWindow, 'settings.get', {})).code).toBe('LOGGED_OUT');
    expect(
      failure(await dispatch(ownWindow, 'auth.login', { login: 'kanri', password: 'wrong' })).code,
    ).toBe('WRONG_PASSWORD');
    expect(
      await dispatch(ownWindow, 'auth.login', { login: 'ＫＡＮＲＩ', password: adminPassword }),
    ).toMatchObject({
      ok: true,
      value: { login: 'kanri', role: 'admin' },
    });
    expect(logged).toEqual([]);
  });
});
