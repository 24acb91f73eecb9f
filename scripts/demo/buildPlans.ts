import type { PlanConsentMethod } from '../../electron/contract/planCodes';
import type { CaseDraft } from './buildCase';
import { isoDateOf, stampOf, workingDay } from './demoCalendar';
import type { DemoInserts } from './demoInserts';
import type { Rng } from './rng';

/** What a demo case's 支援プラン says, chosen from short fictional texts. */
const wishes = [
  '今の家で暮らし続けたい。家族に迷惑をかけたくない。',
  '少しずつでも働いて、自分で生活できるようになりたい。',
  '子どもとの生活を落ち着かせたい。困ったときに相談できる人がほしい。',
  '借金の心配をなくして、安心して眠れるようになりたい。',
];
const householdGoals = [
  '世帯の収入と支出を見通し、安定した生活を送る。',
  '家族それぞれが必要な支援を受け、安心して暮らせる。',
  '地域とのつながりを持ち、孤立しない生活を送る。',
];
const backgrounds = [
  '相談できる相手がおらず、長く一人で抱えてきた。',
  '収入が減り、支払いが滞りがちになっている。',
  '家族の介護や子育てが重なり、余裕がない。',
];
const longGoals = ['安定した収入を得て、自立した生活を送る。', '地域の中で安心して暮らし続ける。'];
const shortGoals = [
  '必要な制度の申請を終える。',
  '週に一度、外に出る機会をつくる。',
  '家計の状況を把握し、支払いの計画を立てる。',
  '定期的に相談員と面談する。',
];
const contents = [
  '制度の申請に同行し、手続きを支援する',
  '定期的に訪問し、生活の様子を確認する',
  '家計表を一緒に作り、支出を見直す',
  '就労準備支援の利用につなぐ',
  '通院の状況を確認し、必要に応じて受診を勧める',
  '地域の居場所への参加を一緒に検討する',
];
const frequencies = ['週1回', '2週に1回', '月1回', '随時'];
const periods = ['3か月', '6か月', '計画期間中'];

/** Days from a plan's 作成日 to its 次回評価予定日 (the default of three months). */
const evaluationDays = 91;

/**
 * The 支援プラン of a case, inserted directly: a 案 for 支援計画作成中 cases, a 確定 first
 * version (two or three goals, three to five 支援内容 rows with the case's agencies as 担当,
 * 本人同意 recorded) for 支援中 and モニタリング cases, and for some of those an evaluation that
 * decided 見直し and a 確定 second version. Draws only from `rng` (its own stream), so the rest
 * of the demo is the same with or without plans. Returns the number of plan versions written.
 */
export function writePlans(
  rng: Rng,
  insert: DemoInserts,
  draft: CaseDraft,
  caseId: number,
  today: number,
  actorStaffId: number,
): number {
  const { stage, receivedDay } = draft.slot;
  if (stage !== 'planning' && stage !== 'support' && stage !== 'monitoring') return 0;
  const createdDay = workingDay(Math.min(receivedDay + rng.int(7, 30), today), receivedDay, today);
  const confirmed = stage !== 'planning';
  const first = writeVersion(rng, insert, draft, {
    caseId,
    version: 1,
    supersedesId: null,
    day: createdDay,
    status: confirmed ? 'confirmed' : 'draft',
    actorStaffId,
  });
  if (!confirmed) return 1;
  const evaluationDay = createdDay + evaluationDays;
  const revise = evaluationDay + 14 <= today && rng.chance(stage === 'monitoring' ? 0.6 : 0.3);
  if (!revise) return 1;

  const evaluatedDay = workingDay(evaluationDay, createdDay, today);
  const stamp = stampOf(evaluatedDay, 900);
  const evaluationId = insert.planEvaluation({
    planId: first.planId,
    evaluatedOn: isoDateOf(evaluatedDay),
    personChange: rng.pick([
      '面談の約束を守れるようになり、表情が明るくなった。',
      '制度の利用が始まり、生活に少し余裕が出てきた。',
      '自分から困りごとを話せるようになった。',
    ]),
    decision: 'revise',
    comment: '短期目標の一部を達成。状況の変化に合わせてプランを見直す。',
    closeReasonCode: null,
    closeReasonNote: '',
    createdAt: stamp,
    updatedAt: stamp,
    createdBy: draft.mainStaffId,
    updatedBy: draft.mainStaffId,
  });
  first.goalIds.forEach((goalId, i) =>
    insert.planGoalEvaluation({
      evaluationId,
      goalId,
      result: i === 0 ? 'partial' : rng.pick(['achieved', 'partial', 'notAchieved'] as const),
      comment: i === 0 ? '引き続き取り組む。' : '',
    }),
  );
  const secondDay = workingDay(evaluatedDay + rng.int(0, 7), evaluatedDay, today);
  // 確定 of the new version ends the old one (a case has one 確定 version at a time).
  insert.endPlan(first.planId, stampOf(secondDay, 960));
  writeVersion(rng, insert, draft, {
    caseId,
    version: 2,
    supersedesId: first.planId,
    day: secondDay,
    status: 'confirmed',
    actorStaffId,
  });
  return 2;
}

type VersionSpec = {
  caseId: number;
  version: number;
  supersedesId: number | null;
  day: number;
  status: 'draft' | 'confirmed';
  actorStaffId: number;
};

function writeVersion(
  rng: Rng,
  insert: DemoInserts,
  draft: CaseDraft,
  spec: VersionSpec,
): { planId: number; goalIds: number[] } {
  const stamp = stampOf(spec.day, 630 + 5 * rng.int(0, 60));
  const confirmed = spec.status === 'confirmed';
  const proxyWriter = draft.members.find((m) => m.id !== draft.row.personId && m.adult);
  let method: PlanConsentMethod | null = null;
  if (confirmed) method = rng.pick(['selfSigned', 'selfSigned', 'selfSigned', 'verbal', 'proxy']);
  if (method === 'proxy' && proxyWriter === undefined) method = 'selfSigned';
  const planId = insert.supportPlan({
    caseId: spec.caseId,
    version: spec.version,
    supersedesId: spec.supersedesId,
    createdOn: isoDateOf(spec.day),
    periodFrom: isoDateOf(spec.day),
    periodTo: isoDateOf(spec.day + 182),
    nextEvaluationOn: isoDateOf(spec.day + evaluationDays),
    personWishes: rng.pick(wishes),
    householdGoal: rng.pick(householdGoals),
    referralParticipation: rng.chance(0.3),
    referralOutreach: draft.row.outreach,
    status: spec.status,
    confirmedBy: confirmed ? draft.mainStaffId : null,
    confirmedAt: confirmed ? stamp : null,
    approvedMeetingId: null,
    consentOn: confirmed ? isoDateOf(spec.day) : null,
    consentMethod: method,
    consentProxyName: method === 'proxy' && proxyWriter ? proxyWriter.name : '',
    createdAt: stamp,
    updatedAt: stamp,
    createdBy: spec.actorStaffId,
    updatedBy: spec.actorStaffId,
  });
  const issues = (draft.tags.length > 0 ? draft.tags : ['生活の困りごと']).slice(0, 3);
  issues.forEach((issue, sort) =>
    insert.planIssue({ planId, sort, issue, background: rng.pick(backgrounds) }),
  );
  const goals = [
    { kind: 'long' as const, text: rng.pick(longGoals) },
    ...rng.sample(shortGoals, rng.int(1, 2)).map((text) => ({ kind: 'short' as const, text })),
  ];
  const goalIds = goals.map((goal, sort) => insert.planGoal({ planId, sort, ...goal }));
  const rowCount = rng.int(3, 5);
  rng.sample(contents, rowCount).forEach((content, sort) => {
    const agency = draft.agencies[sort % Math.max(1, draft.agencies.length)]?.agency;
    insert.planSupportRow({
      planId,
      sort,
      issue: issues[sort % issues.length] ?? '',
      content,
      assigneeAgencyId: agency?.id ?? null,
      assigneeStaffId: agency === undefined ? draft.mainStaffId : null,
      assigneeText: '',
      frequency: rng.pick(frequencies),
      period: rng.pick(periods),
    });
  });
  return { planId, goalIds };
}
