import type { AgencyKind, CloseReason, NoteMeans } from '../../electron/contract/caseCodes';

/**
 * Sentences shared by every theme: how a contact happened (by 手段), endings of closed and
 * suspended cases, each agency kind's 役割分担, 終結理由 and consent notes. Data only.
 */

/** The opening of a note's 内容, by 手段 (who it was with is the note's 相手, not repeated here). */
export const meansOpenings: Record<NoteMeans, readonly string[]> = {
  visitOffice: ['来所。', '来所し面談。'],
  phone: ['電話あり。', '電話で連絡。', '電話で状況確認。'],
  homeVisit: ['家庭訪問。', '自宅を訪問。'],
  accompany: ['同行支援。', '手続きに同行。'],
  email: ['メールで連絡あり。', 'メールで連絡。'],
  agency: ['情報共有。', '連絡あり。'],
  meeting: ['会議で検討。', '会議で協議。'],
  outreach: ['地域を巡回し声かけ。', '訪問し声かけ（アウトリーチ）。'],
};

/** A closed case's last note: how it happened and what was written (no opening added). */
export const closingFacts: ReadonlyArray<readonly [NoteMeans, string]> = [
  ['visitOffice', '来所。本人と面談し、支援の終結について合意した。'],
  [
    'homeVisit',
    '家庭訪問。生活が安定したことを確認し、終結を説明した。困ったときは連絡するよう伝えた。',
  ],
  ['agency', '引き継ぎ先の担当者と面談し、今後の支援を引き継いだ。'],
];

export const closingAssessments: readonly string[] = [
  '当初の課題はおおむね解消した。',
  '見守りは地域の関係者に引き継ぐ。',
];

/** A suspended case's last note, likewise. */
export const suspendedFacts: ReadonlyArray<readonly [NoteMeans, string]> = [
  ['homeVisit', '家庭訪問したが不在。電話もつながらない状態が続いている。'],
  ['phone', '本人より電話。今は支援を受けたくないとの申し出があった。'],
  ['agency', '転居先が不明となり連絡がとれなくなったと連絡あり。'],
];

export const suspendedAssessments: readonly string[] = [
  '本人の意思を尊重し、いったん支援を中断する。',
  '連絡がとれるようになれば再開する。',
];

export const suspendedNext: readonly string[] = [
  '民生委員に見守りを依頼し、変化があれば連絡をもらう。',
  '3か月後に状況を確認する。',
];

/** 終結理由: the code chosen and its 補足 in words. */
export const closeReasons: ReadonlyArray<readonly [CloseReason, string]> = [
  ['goalAchieved', '課題が解決したため'],
  ['goalAchieved', '生活が安定し、目標を達成したため'],
  ['referred', '他の相談支援機関による支援に移行したため'],
  ['moved', '本人が町外へ転居したため'],
  ['personWish', '本人の希望により終結'],
  ['other', '地域の見守りに移行したため'],
];

/** 役割分担 of an agency in a case, by kind (an agency may have its own, see agencyDirectory). */
export const agencyRoles: Record<AgencyKind, readonly string[]> = {
  houkatsu: ['介護保険サービスの調整と見守り', '要介護認定の申請支援', '高齢者の権利擁護と見守り'],
  disabilitySupport: ['サービス等利用計画の作成', '障害福祉サービスの調整', '日中活動の場の調整'],
  childFamily: ['子育て支援と家庭の見守り', '子どもの安全確認と養育支援', '母子保健の支援'],
  selfReliance: ['家計改善支援と就労準備支援', '住居確保給付金の申請支援', '生活再建の計画づくり'],
  shakyo: ['生活福祉資金の相談', '地域の見守りと居場所の紹介', '日常生活自立支援事業'],
  minsei: ['定期的な見守り訪問', '地域の情報提供と声かけ'],
  medical: ['通院と服薬の管理', '受診調整と主治医との連携', '医療費の相談'],
  school: ['登校状況の見守りと情報提供', 'スクールソーシャルワーカーによる面談'],
  helloWork: ['就労相談と求人紹介', '職業訓練の案内'],
  municipal: ['制度の申請受付と調整', '税・料金の納付相談', '公営住宅の相談'],
  npo: ['居場所の提供', '食料支援', '学習支援と見守り'],
  other: ['住まい探しの支援', '安全確保のための連携'],
};

export const consentNotes: Record<
  'given' | 'refused' | 'withdrawn' | 'unconfirmed',
  readonly string[]
> = {
  given: ['面談時に説明し、同意を得た。', '同意書に署名をもらった。', ''],
  refused: ['関係機関への情報提供は望まないとのこと。', '家族に知られたくないとの意向。'],
  withdrawn: ['本人から電話で撤回の申し出があった。', '面談時に撤回の意思を確認した。'],
  unconfirmed: ['次回面談で説明する予定。', ''],
};
