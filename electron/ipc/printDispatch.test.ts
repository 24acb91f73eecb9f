import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpSession } from '../services/auth/sessionManager.testing';
import { dispatcherFor, ownWindow, type DispatchFixture } from './dispatch.testing';

let fixture: DispatchFixture['fixture'];
let dispatch: DispatchFixture['dispatch'];
let caseId: number;

beforeAll(async () => {
  ({ fixture, dispatch } = dispatcherFor(setUpSession()));
  const me = fixture.session.requireUnlocked(['admin']).actor;
  const intake = await dispatch(ownWindow, 'case.intake', {
    receivedOn: '2026-04-01',
    receivedBy: me.staffId,
    route: 'phone',
    person: {
      mode: 'newHousehold',
      household: { address: 'みどり町5-6-7' },
      person: { name: '佐藤 ハル', birthDate: '1942-01-20' },
    },
    fields: ['elderly'],
  });
  if (!intake.ok) throw new Error(intake.message);
  caseId = (intake.value as { caseId: number }).caseId;
});
afterAll(() => fixture.cleanup());

describe('print calls through the dispatcher', () => {
  it('print.intake returns the title and one complete document', async () => {
    const envelope = await dispatch(ownWindow, 'print.intake', { caseId });
    expect(envelope.ok).toBe(true);
    if (!envelope.ok) return;
    const value = envelope.value as { title: string; html: string };
    expect(value.title).toMatch(/^相談受付・申込票（R8-\d{4}）$/);
    expect(value.html).toMatch(/^<!doctype html>/);
    expect(value.html).toContain('佐藤 ハル');
  });

  it.each([
    // The table is built before the case exists; a valid id is all the refusals need.
    [{ caseId: 1, from: '2026-05-01', to: '2026-04-30' }, 'to'],
    [{ caseId: 1, from: '2026/05/01' }, 'from'],
    [{ caseId: 1, range: 'all' }, ''],
    [{ caseId: -1 }, 'caseId'],
  ])('print.notes refuses %j at %s', async (input, path) => {
    const envelope = await dispatch(ownWindow, 'print.notes', input);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.code).toBe('VALIDATION');
    expect(envelope.issues?.map((i) => i.path)).toContain(path);
  });

  it('a missing case is NOT_FOUND, in Japanese', async () => {
    const envelope = await dispatch(ownWindow, 'print.notes', { caseId: 9999 });
    expect(envelope).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: 'ケースが見つかりません。',
    });
  });
});
