import { resourceKinds, type ResourceKind } from '../../../contract/communityCodes';
import { codeMatcher } from './codeMatcher';
import { cellText, type RawCell } from './rawSheet';

const kindOf = codeMatcher<ResourceKind>({
  work: [resourceKinds.labels.work, '就労', '職場体験', '就労支援'],
  farming: [resourceKinds.labels.farming, '農業体験', '農福連携', '農業'],
  ibasho: [resourceKinds.labels.ibasho, '居場所づくり', 'たまり場'],
  volunteer: [resourceKinds.labels.volunteer, 'ボランティア活動'],
  learning: [resourceKinds.labels.learning, '学習', '学習教室'],
  kodomoShokudo: [resourceKinds.labels.kodomoShokudo, 'こども食堂', '子供食堂'],
  salon: [resourceKinds.labels.salon, 'ふれあいサロン', '高齢者サロン', 'いきいきサロン'],
  other: [resourceKinds.labels.other],
});

/** 種類 as offices write it; an unknown word becomes その他 and is kept (the caller warns). Blank is その他. */
export function parseResourceKind(cell: RawCell | undefined): {
  kind: ResourceKind;
  unknown: string | null;
} {
  const written = cellText(cell);
  if (written === '') return { kind: 'other', unknown: null };
  const kind = kindOf(written);
  return kind === undefined ? { kind: 'other', unknown: written } : { kind, unknown: null };
}
