import type { MeetingDecisionKind } from '../../electron/contract/meetingCodes';

/**
 * Fictional sentences of the demo's 会議: places, 協議内容 per kind, 全体の協議, and the decisions'
 * texts. Data only.
 */

export const meetingPlaces = {
  shien: ['役場2階 第1会議室', '保健福祉センター 相談室'],
  jusou: ['役場3階 大会議室', '保健福祉センター 会議室'],
} as const;

/** 協議内容 at a 支援会議: information shared about a person who has not consented. */
export const shienMinutes: readonly string[] = [
  '各機関が把握している状況を共有した。本人の同意は得られていないため、見守りを中心に関わる。',
  '近隣からの情報と訪問時の様子を共有した。当面は各機関が通常業務の中で見守り、変化があれば連絡し合う。',
  '家族の状況について情報を共有した。本人との関係づくりを優先し、訪問の担当を決めた。',
  '前回以降の様子を共有した。大きな変化はないが、冬に向けて見守りを強める。',
];

/** 協議内容 at a 重層的支援会議: the person agreed to be discussed. */
export const jusouMinutes: readonly string[] = [
  '本人の同意を得て、世帯の課題と各機関の関わりを整理した。支援プランの方向性を確認した。',
  'プラン案について協議した。本人の思いを確認し、短期目標を具体化した。',
  '前回からの変化を共有した。就労に向けた準備が進んでおり、支援内容を一部見直す。',
  '各機関の役割を確認した。家計の見直しは自立相談支援機関が中心となって進める。',
];

/** 全体の協議・連絡事項 of a held meeting. */
export const generalMinutes: readonly string[] = [
  '次回までに各機関で対象世帯の状況を確認しておく。',
  '年末年始の連絡体制を確認した。',
  '新たに参加する機関の紹介があった。会議資料は会議終了後に回収した。',
  '',
];

/** Texts of decisions; 役割分担 is written from the case's agencies and their roles. */
export const decisionTexts: Record<
  Exclude<MeetingDecisionKind, 'roleAssignment'>,
  readonly string[]
> = {
  supportDecision: [
    '多機関協働による支援を開始する。主担当を中心にプランを作成する。',
    '支援の対象とし、アセスメントを進めてプラン案を作成する。',
  ],
  planApproval: ['原案のとおり承認する。', '一部修正のうえ承認する。'],
  evaluation: [
    '見守りを継続し、次回の会議で状況を共有する。',
    '状況に大きな変化はない。現在の関わりを続ける。',
  ],
  closure: ['支援の目標を達成したため終結とする。'],
};

/** 役割分担 at a 支援会議 after the person withdrew consent. */
export const afterWithdrawalRole =
  '本人の同意撤回を踏まえ、各機関が通常業務の範囲で見守りを続ける。';

/** 各機関からの報告 (after the agency's name). */
export const agencyReportTexts: readonly string[] = [
  '前回以降2回訪問。本人と会えており、体調は安定している。',
  '電話で近況を確認した。家族の負担感が強まっている。',
  '手続きの支援を行い、申請が受理された。',
  '見守りを継続しているが、大きな変化はない。',
];

/** 本人の意向, in the person's words (quoted on the 会議録). */
export const personWishTexts: readonly string[] = [
  '「できれば今の家で暮らし続けたい。」',
  '「仕事を見つけて、少しずつ借金を返していきたい。」',
  '「母の介護は続けたいが、自分の時間も少しほしい。」',
  '「人と話すのはまだ不安だが、外に出るきっかけがほしい。」',
];

/** 次回予定 beside the next date. */
export const nextMeetingNotes: readonly string[] = [
  '同じ時刻・同じ会場で開催。各機関は前回以降の状況を報告する。',
  '会場は後日連絡。プランの評価を予定。',
];
