import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { participationFollowup } from '../../../db/schema';
import { buildPerson, buildPersonWithCase } from '../../../db/testing/caseBuilders';
import { matchStatuses, type MatchStatus } from '../../contract/communityCodes';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { followUpMatch } from './followUpMatch';
import { getMatch, listMatches } from './matchReads';
import { createMatch, updateMatch } from './matchRecords';
import { statusRefusal } from './matchStatusRules';
import { followUpInput, matchInput, resourceInput } from './participation.testing';
import { createResource, updateResource } from './resourceRecords';

let f: CaseWorkFixture;
let resourceId: number;
beforeAll(() => {
  f = setUpCaseWork();
  f.clock.set('2026-04-01T01:00:00.000Z');
  resourceId = createResource(f.db, f.admin, f.clock, resourceInput()).id;
});
afterAll(() => f.cleanup());
beforeEach(() => f.clock.set('2026-05-01T01:00:00.000Z'));

function newMatch(name = '参加 太郎') {
  const p = withTransaction(f.db, (tx) => buildPerson(tx, { name }));
  return createMatch(f.db, f.worker, f.clock, matchInput(p.id, resourceId));
}

const followUp = (matchId: number, statusTo: MatchStatus | null, followedOn = '2026-04-10') =>
  followUpMatch(f.db, f.worker, f.clock, followUpInput(matchId, { statusTo, followedOn }));

describe('参加支援: status rules', () => {
  const allowed: Record<MatchStatus, MatchStatus[]> = {
    proposed: ['visited', 'trial', 'participating', 'settled', 'suspended', 'ended'],
    visited: ['trial', 'participating', 'settled', 'suspended', 'ended'],
    trial: ['participating', 'settled', 'suspended', 'ended'],
    participating: ['settled', 'suspended', 'ended'],
    settled: ['suspended', 'ended'],
    suspended: ['participating', 'ended'],
    ended: [],
  };
  it.each(matchStatuses.codes)('from %s moves exactly to its allowed statuses', (from) => {
    const moves = matchStatuses.codes.filter(
      (to) => to !== from && statusRefusal(from, to) === null,
    );
    expect(moves).toEqual(allowed[from]);
  });
});

describe('参加支援: follow-ups', () => {
  it('proposes, follows up along the path, and keeps each move on its follow-up row', () => {
    const match = newMatch();
    expect(match).toMatchObject({ status: 'proposed', staffName: '相談 一郎', editable: true });
    expect(match.daysSinceFollowUp).toBe(30);
    followUp(match.id, 'visited', '2026-04-05');
    followUp(match.id, null, '2026-04-08');
    const started = followUp(match.id, 'participating', '2026-04-12');
    expect(started).toMatchObject({
      status: 'participating',
      startedOn: '2026-04-12',
      endedOn: null,
      lastFollowUpOn: '2026-04-12',
      daysSinceFollowUp: 19,
    });
    expect(started.followUps.map((x) => [x.followedOn, x.statusTo])).toEqual([
      ['2026-04-12', 'participating'],
      ['2026-04-08', null],
      ['2026-04-05', 'visited'],
    ]);
    // 定着 keeps the day 参加中 began.
    expect(followUp(match.id, 'settled', '2026-04-30')).toMatchObject({
      status: 'settled',
      startedOn: '2026-04-12',
    });
  });

  it('suspends with an end day, resumes as 参加中 (day cleared), and ends for good', () => {
    const match = newMatch('中断 花子');
    followUp(match.id, 'trial');
    expect(followUp(match.id, 'suspended', '2026-04-15')).toMatchObject({
      status: 'suspended',
      startedOn: null,
      endedOn: '2026-04-15',
    });
    const refused = refusal(() => followUp(match.id, 'trial', '2026-04-16'));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('中断中');
    expect(followUp(match.id, 'participating', '2026-04-20')).toMatchObject({
      status: 'participating',
      startedOn: '2026-04-20',
      endedOn: null,
    });
    const ended = followUp(match.id, 'ended', '2026-04-25');
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-04-25', editable: false });
    for (const attempt of [
      () => followUp(match.id, null, '2026-04-26'),
      () => updateMatch(f.db, f.worker, f.clock, { id: match.id, hostSupport: 'x', note: '' }),
    ]) {
      const refused = refusal(attempt);
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('終了');
    }
  });

  it('settles straight from 体験 with the day as 開始日; a step back is refused and written nowhere', () => {
    const match = newMatch('定着 次郎');
    expect(followUp(match.id, 'settled', '2026-04-20')).toMatchObject({
      status: 'settled',
      startedOn: '2026-04-20',
    });
    const rows = () =>
      f.db
        .select()
        .from(participationFollowup)
        .where(eq(participationFollowup.matchId, match.id))
        .all().length;
    const before = rows();
    expect(refusal(() => followUp(match.id, 'trial', '2026-04-21'))).toMatchObject({
      code: 'CONFLICT',
      message: '状況を前の段階に戻すことはできません。',
    });
    expect(rows()).toBe(before);
    // The status it already has is a follow-up with no move.
    expect(followUp(match.id, 'settled', '2026-04-22').followUps[0]?.statusTo).toBeNull();
  });

  it.each([
    ['in the future', '2026-05-02'],
    ['before 提案', '2026-03-31'],
  ])('refuses a follow-up dated %s', (_what, followedOn) => {
    const match = newMatch('日付 三郎');
    expect(refusal(() => followUp(match.id, null, followedOn))).toMatchObject({
      code: 'VALIDATION',
      paths: ['followedOn'],
    });
  });

  it('audits ids and codes: create, follow-up with its move, update, view', () => {
    const before = lastAuditId(f.db);
    const match = newMatch('監査 四郎');
    followUp(match.id, 'visited');
    updateMatch(f.db, f.worker, f.clock, { id: match.id, hostSupport: '送迎の調整', note: '' });
    getMatch(f.db, f.viewer, f.clock, { id: match.id });
    expect(auditTrail(f.db, before)).toEqual([
      `match.create match:${match.id}`,
      `match.followUp match:${match.id}`,
      `match.update match:${match.id}`,
      `match.view match:${match.id}`,
    ]);
  });
});

describe('参加支援: new matches', () => {
  it('refuses a second open match of the same person and resource, a 休止 resource, a case of another household', () => {
    const p = withTransaction(f.db, (tx) => buildPersonWithCase(tx, { name: '重複 五郎' }));
    const other = withTransaction(f.db, (tx) => buildPersonWithCase(tx, { name: '別世帯 六子' }));
    createMatch(f.db, f.worker, f.clock, matchInput(p.personId, resourceId, { caseId: p.caseId }));
    expect(
      refusal(() => createMatch(f.db, f.worker, f.clock, matchInput(p.personId, resourceId))).code,
    ).toBe('CONFLICT');
    expect(
      refusal(() =>
        createMatch(
          f.db,
          f.worker,
          f.clock,
          matchInput(p.personId, resourceId, { caseId: other.caseId }),
        ),
      ),
    ).toMatchObject({ code: 'VALIDATION', paths: ['caseId'] });
    const closed = createResource(f.db, f.admin, f.clock, resourceInput({ name: '休止中の場' }));
    updateResource(f.db, f.admin, f.clock, {
      id: closed.id,
      ...resourceInput({ name: '休止中の場', active: false }),
    });
    expect(
      refusal(() => createMatch(f.db, f.worker, f.clock, matchInput(p.personId, closed.id))),
    ).toMatchObject({ code: 'VALIDATION', paths: ['resourceId'] });
  });

  it('hides matches of a person in a restricted household from others', () => {
    const hidden = withTransaction(f.db, (tx) =>
      buildPersonWithCase(
        tx,
        { name: '秘匿 七子' },
        { restricted: true, mainStaffId: f.otherWorker.staffId },
      ),
    );
    const match = createMatch(
      f.db,
      f.otherWorker,
      f.clock,
      matchInput(hidden.personId, resourceId),
    );
    const ids = (actor = f.worker) =>
      listMatches(f.db, actor, f.clock, { openOnly: false }).map((m) => m.id);
    expect(ids()).not.toContain(match.id);
    expect(ids(f.otherWorker)).toContain(match.id);
    expect(refusal(() => getMatch(f.db, f.worker, f.clock, { id: match.id })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      refusal(() => createMatch(f.db, f.worker, f.clock, matchInput(hidden.personId, resourceId)))
        .code,
    ).toBe('NOT_FOUND');
  });
});
