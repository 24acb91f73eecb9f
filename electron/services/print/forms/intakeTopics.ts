/**
 * The 相談内容 checklist of the 相談受付・申込票 (FORMS.md), and which of the office's 課題 tags
 * each item stands for. A tag names its item by label (an office that adds 「家賃・ローン」 as a
 * tag gets that item); a tag no item takes is written beside その他, so nothing recorded is lost.
 */
export const intakeTopics = [
  { label: '病気・健康・障害', tags: ['病気・健康', '障害'] },
  { label: '住まい', tags: ['住まい'] },
  { label: '収入・生活費', tags: ['生活困窮'] },
  { label: '家賃・ローン', tags: [] },
  { label: '税金・公共料金', tags: [] },
  { label: '債務', tags: ['債務'] },
  { label: '仕事探し・就職', tags: ['仕事・就労'] },
  { label: '仕事上の不安・トラブル', tags: [] },
  { label: '地域との関係', tags: ['社会的孤立'] },
  { label: '家族との関係', tags: ['家族関係'] },
  { label: '子育て', tags: ['子育て'] },
  { label: '介護', tags: ['介護'] },
  { label: 'ひきこもり・不登校', tags: ['ひきこもり', '不登校'] },
  { label: 'DV・虐待', tags: ['DV・虐待'] },
  { label: '食べるものがない', tags: [] },
] as const satisfies ReadonlyArray<{ label: string; tags: readonly string[] }>;

export const otherTopicLabel = 'その他';

/** ○ applies, ◎ the most pressing (主な課題), '' not recorded. */
export type TopicMark = '○' | '◎' | '';

export type TopicLine = {
  label: string;
  mark: TopicMark;
  /** その他 only: the tags it holds. */ others: string[];
};

function topicOf(tag: string): string {
  const topic = intakeTopics.find(
    (t) => t.label === tag || (t.tags as readonly string[]).includes(tag),
  );
  return topic?.label ?? otherTopicLabel;
}

/** Every checklist line in form order, その他 last, marked from the case's 課題 and 主な課題. */
export function topicLines(tags: readonly string[], mainTag: string): TopicLine[] {
  const marks = new Map<string, TopicMark>();
  const others: string[] = [];
  for (const tag of tags) {
    const topic = topicOf(tag);
    if (topic === otherTopicLabel) others.push(tag);
    const mark: TopicMark = tag === mainTag ? '◎' : '○';
    if (marks.get(topic) !== '◎') marks.set(topic, mark);
  }
  return [
    ...intakeTopics.map((t) => ({ label: t.label, mark: marks.get(t.label) ?? '', others: [] })),
    { label: otherTopicLabel, mark: marks.get(otherTopicLabel) ?? '', others },
  ];
}
