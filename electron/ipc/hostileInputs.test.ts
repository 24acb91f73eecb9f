import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type CallName } from '../contract/contract';
import type { Envelope } from '../contract/envelope';
import { errorCodes } from '../contract/errors';
import { adminOnly } from '../contract/roles';
import { verifyAuditChain } from '../services/audit/verifyAuditChain';
import { adminPassword } from '../services/auth/sessionManager.testing';
import { newHouseholdIntake, setUpCaseWork } from '../services/cases/caseWork.testing';
import { intakeCase } from '../services/cases/intakeCase';
import { createDispatcher, type Dispatch } from './dispatch';
import { handlers } from './handlerTable';
import {
  hostileInputs,
  hostileStrings,
  hostileValues,
  inputKeys,
  withEachStringReplaced,
} from './hostileInput.testing';

// Every call in the contract — whatever other features have added by now — is fed inputs of the
// wrong type, huge and control-character strings, __proto__ keys, SQL and script fragments.
// Each must be refused (a Japanese message, never the generic INTERNAL one of an unexpected
// exception) or stored as inert text; afterwards the database is whole and no prototype polluted.

let fixture: ReturnType<typeof setUpCaseWork>;
let dispatch: Dispatch<string>;
const unexpected: string[] = [];
let tablesBefore: string[] = [];
let samples: Partial<Record<CallName, unknown>> = {};

beforeAll(() => {
  fixture = setUpCaseWork();
  const { db, admin, clock } = fixture;
  const intake = intakeCase(db, admin, clock, newHouseholdIntake(admin.staffId));
  dispatch = createDispatcher<string>({
    isTrustedSender: () => true,
    sessionOf: () => fixture.session,
    clock,
    handlers,
    logError: (error, name) => unexpected.push(`${name}: ${String(error)}`),
  });
  tablesBefore = tableNames();
  // Valid inputs of some writes, so hostile text also reaches fields deep inside them.
  samples = {
    'case.intake': {
      receivedOn: '2026-04-01',
      receivedBy: admin.staffId,
      route: 'counter',
      person: {
        mode: 'newHousehold',
        household: { address: 'みどり町1-2-3', district: '東圏域' },
        person: { name: '山田 花子', nameKana: 'やまだ はなこ' },
      },
      fields: ['elderly'],
      tags: ['8050問題'],
      chiefComplaint: '母の介護について',
    },
    'household.create': {
      household: { address: 'みどり町4-5-6', memo: 'メモ' },
      members: [{ name: '鈴木 一郎', nameKana: 'すずき いちろう', relationship: '本人' }],
    },
    'note.create': {
      caseId: intake.caseId,
      occurredAt: '2026-04-01T10:00',
      means: 'phone',
      counterpart: '本人',
      facts: '電話で相談があった',
      assessment: '落ち着いている',
      nextAction: '来週訪問する',
    },
    'agency.create': { agency: { name: 'みどり町地域包括支援センター', kind: 'houkatsu' } },
    'settings.update': { municipalityName: 'みどり町' },
    'staff.create': {
      login: 'hostile1',
      displayName: '試験 一郎',
      affiliation: '地域共生推進課',
      role: 'viewer',
      password: 'long-enough-pass-1',
    },
    'search.query': { q: '山田' },
    'audit.list': { filters: { caseNumber: intake.caseNumber } },
    'auth.login': { login: 'nobody', password: 'whatever' },
    'auth.recover': {
      recoveryKey: 'AAAA-BBBB',
      login: 'nobody',
      newPassword: 'long-enough-pass-2',
    },
  };
});

afterAll(() => fixture.cleanup());

function tableNames(): string[] {
  return fixture.session.withDataKey(adminOnly, ({ sqlite }) =>
    sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all(),
  ) as string[];
}

const japanese = /[ぁ-んァ-ン一-龥]/;
const hugeAccepted = new Set<string>();

/** One hostile call: refused with a known code and a Japanese message, or accepted. */
async function attempt(name: CallName, input: unknown, what: string): Promise<void> {
  const envelope: Envelope<unknown> = await dispatch('test', name, input);
  const label = `${name} with ${what}`;
  if (envelope.ok) {
    if (JSON.stringify(input).length > 200_000) hugeAccepted.add(name);
  } else {
    expect(errorCodes, label).toContain(envelope.code);
    expect(envelope.code, `${label}: ${envelope.message}`).not.toBe('INTERNAL');
    expect(envelope.message, label).toMatch(japanese);
  }
  expect(({} as Record<string, unknown>).polluted, label).toBeUndefined();
  // A call that ended the session (none should) is undone so the next call is judged alone.
  const status = fixture.session.status();
  if (status.initialized && status.session.state !== 'unlocked') {
    if (status.session.state === 'locked') fixture.session.unlock(adminPassword);
    else fixture.session.login('kanri', adminPassword);
  }
}

describe('every contract call refuses hostile input', () => {
  it('covers the whole contract', () => {
    expect(Object.keys(contract).length).toBeGreaterThan(40);
  });

  it.each(Object.keys(contract) as CallName[])('%s', async (name) => {
    unexpected.length = 0;
    const schema = contract[name].input;
    for (const [what, input] of hostileInputs) await attempt(name, input, what);
    const base = samples[name] ?? {};
    for (const key of inputKeys(schema)) {
      for (const [what, value] of hostileValues) {
        await attempt(name, { ...base, [key]: value }, `${what} in ${key}`);
      }
    }
    if (samples[name] !== undefined) {
      for (const [what, text] of hostileStrings) {
        for (const input of withEachStringReplaced(base, text)) await attempt(name, input, what);
      }
    }
    expect(unexpected).toEqual([]);
  });
});

describe('afterwards', () => {
  it('the database is whole, its tables all there, and hostile text stored only as text', () => {
    const { session } = fixture;
    session.withDataKey(adminOnly, ({ sqlite, db }) => {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(verifyAuditChain(db).problems).toEqual([]);
      const stored = sqlite
        .prepare(`SELECT count(*) FROM progress_note WHERE facts IN (?, ?)`)
        .pluck()
        .get('<script>alert(1)</script>', "'); DROP TABLE staff; --");
      expect(stored).toBeGreaterThanOrEqual(2);
      expect(sqlite.prepare('SELECT count(*) FROM staff').pluck().get()).toBeGreaterThan(3);
    });
    expect(tableNames()).toEqual(tablesBefore);
    if (hugeAccepted.size > 0) {
      console.info(`calls that stored a 300,000-character string: ${[...hugeAccepted].join(', ')}`);
    }
  });
});
