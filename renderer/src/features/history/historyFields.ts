import {
  closeReasons,
  consentMethods,
  consentStates,
  fields,
  noteMeans,
  planGoalKinds,
  routes,
  stages,
  urgencies,
  type HistoryValue,
  type RecordHistory,
  type RevisedRecord,
} from '../../../../electron/contract';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { historyJa } from '../../i18n/historyJa';
import { formatNoteDateTime } from '../caseDetail/formatNoteDateTime';

type Names = RecordHistory['names'];

/** How a stored value reads: a 和暦 date, a code's label, a staff or agency name, text … */
type Format =
  | 'text'
  | 'date'
  | 'noteTime'
  | 'flag'
  | 'minutes'
  | 'staff'
  | 'agency'
  | 'agencies'
  | 'tags'
  | { codes: Readonly<Record<string, string>> }
  | 'planIssues'
  | 'planGoals'
  | 'planRows';

export type HistoryField = { key: string; label: string; format: Format };

const f = (key: string, label: string, format: Format = 'text'): HistoryField => ({
  key,
  label,
  format,
});

/** The fields of each record, in the order its screen shows them, with their names. */
export const historyFields: Record<RevisedRecord, HistoryField[]> = {
  note: [
    f('occurredAt', '日時', 'noteTime'),
    f('means', '手段', { codes: noteMeans.labels }),
    f('counterpart', '相手'),
    f('staffId', '記録者', 'staff'),
    f('facts', '内容'),
    f('assessment', '所見'),
    f('nextAction', '次の対応'),
    f('nextActionOn', '次の対応の期日', 'date'),
    f('nextActionStaffId', '次の対応の担当者', 'staff'),
    f('minutes', '所要時間', 'minutes'),
  ],
  case: [
    f('receivedOn', '受付日', 'date'),
    f('receivedBy', '受付者', 'staff'),
    f('route', '相談経路', { codes: routes.labels }),
    f('visitorName', '来談者'),
    f('visitorRelation', '来談者の続柄'),
    f('visitorPhone', '来談者の電話'),
    f('chiefComplaint', '主訴'),
    f('fields', '相談分野', { codes: fields.labels }),
    f('tags', '課題', 'tags'),
    f('mainTag', '主な課題'),
    f('urgency', '緊急度', { codes: urgencies.labels }),
    f('stage', '段階', { codes: stages.labels }),
    f('mainStaffId', '主担当', 'staff'),
    f('subStaffId', '副担当', 'staff'),
    f('mainAgencyId', '主担当機関', 'agency'),
    f('coordination', '多機関協働', 'flag'),
    f('coordinationOn', '多機関協働の開始日', 'date'),
    f('outreach', 'アウトリーチ', 'flag'),
    f('restricted', '閲覧制限', 'flag'),
    f('suspendedOn', '中断日', 'date'),
    f('closedOn', '終結日', 'date'),
    f('closeReasonCode', '終結理由', { codes: closeReasons.labels }),
    f('closeReason', '終結理由の補足'),
  ],
  consent: [
    f('state', '状態', { codes: consentStates.labels }),
    f('recordedOn', '日付', 'date'),
    f('method', '方法', { codes: consentMethods.labels }),
    f('proxyName', '代筆者'),
    f('obtainedBy', '同意を得た職員', 'staff'),
    f('agencyIds', '共有先の関係機関', 'agencies'),
    f('note', '備考'),
  ],
  plan: [
    f('createdOn', '作成日', 'date'),
    f('periodFrom', '計画期間（開始）', 'date'),
    f('periodTo', '計画期間（終了）', 'date'),
    f('nextEvaluationOn', '次回評価予定日', 'date'),
    f('personWishes', '本人の思い・意向'),
    f('householdGoal', '世帯の目標'),
    f('issues', '課題の整理', 'planIssues'),
    f('goals', '目標', 'planGoals'),
    f('rows', '支援内容', 'planRows'),
    f('referralParticipation', '参加支援事業の利用申込', 'flag'),
    f('referralOutreach', 'アウトリーチ等事業の利用申込', 'flag'),
  ],
};

type Item = Record<string, HistoryValue>;

const goalKindLabels: Readonly<Record<string, string>> = planGoalKinds.labels;

function items(value: HistoryValue): Item[] {
  return Array.isArray(value)
    ? value.filter((v): v is Item => v !== null && typeof v === 'object' && !Array.isArray(v))
    : [];
}

function textOf(value: HistoryValue | undefined): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function nameOf(map: Record<string, string>, value: HistoryValue | undefined): string {
  if (typeof value !== 'number') return '';
  return map[String(value)] ?? historyJa.unknownStaff;
}

function planRow(row: Item, names: Names): string {
  const assignee =
    nameOf(names.agency, row.assigneeAgencyId) ||
    nameOf(names.staff, row.assigneeStaffId) ||
    textOf(row.assigneeText);
  const details = [assignee, textOf(row.frequency), textOf(row.period)].filter(Boolean);
  return `・${textOf(row.issue)}：${textOf(row.content)}${details.length ? `（${details.join('、')}）` : ''}`;
}

/** A stored value as the screen reads it; '' when there is nothing. */
export function formatHistoryValue(
  field: HistoryField,
  value: HistoryValue | undefined,
  names: Names,
): string {
  if (value === undefined || value === null || value === '') return '';
  const { format } = field;
  if (typeof format === 'object') {
    const codes = Array.isArray(value) ? value : [value];
    return codes.map((code) => format.codes[textOf(code)] ?? textOf(code)).join('、');
  }
  switch (format) {
    case 'date':
      return typeof value === 'string' ? formatIsoWareki(value) : '';
    case 'noteTime':
      return typeof value === 'string' ? formatNoteDateTime(value) : '';
    case 'flag':
      return value === true ? historyJa.yes : historyJa.no;
    case 'minutes':
      return typeof value === 'number' ? `${value}分` : '';
    case 'staff':
      return nameOf(names.staff, value);
    case 'agency':
      return nameOf(names.agency, value);
    case 'agencies':
      return Array.isArray(value) ? value.map((id) => nameOf(names.agency, id)).join('、') : '';
    case 'tags':
      return Array.isArray(value) ? value.map(textOf).join('、') : '';
    case 'planIssues':
      return items(value)
        .map(
          (issue) =>
            `・${textOf(issue.issue)}${issue.background ? `：${textOf(issue.background)}` : ''}`,
        )
        .join('\n');
    case 'planGoals':
      return items(value)
        .map((goal) => `・${goalKindLabels[textOf(goal.kind)] ?? ''}：${textOf(goal.text)}`)
        .join('\n');
    case 'planRows':
      return items(value)
        .map((row) => planRow(row, names))
        .join('\n');
    case 'text':
      return textOf(value);
  }
}

/** The names of the fields a version changed, in screen order. */
export function changedLabels(record: RevisedRecord, changed: readonly string[]): string[] {
  return historyFields[record].filter((field) => changed.includes(field.key)).map((f) => f.label);
}
