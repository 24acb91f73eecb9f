import type { ReadDb } from '../../../db/database';
import type { AuditRow } from '../../../db/schema';
import { auditActionLabel, auditActionSpec, isAuditGroup } from '../../contract/audit/auditActions';
import { auditDetailKeys } from '../../contract/audit/auditDetailKeys';
import { auditFilterKeys } from '../../contract/audit/auditFilterKeys';
import { auditGroups, type DetailKeySpec } from '../../contract/audit/auditVocabulary';
import { consentKinds, consentStates } from '../../contract/caseCodes';
import type { AuditRowView } from '../../contract/schemas/audit';
import { warekiDate } from '../print/wareki';
import { AuditRecordLabels } from './auditRecordLabels';

type Facts = Record<string, unknown>;
type Vocabulary = Readonly<Record<string, DetailKeySpec>>;

const japanTime = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'Asia/Tokyo',
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const japanMonth = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'UTC',
  era: 'long',
  year: 'numeric',
  month: 'long',
});

function parseFacts(detail: string): Facts {
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Facts)
      : {};
  } catch {
    return {};
  }
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A stored scalar as text (objects as JSON: they only reach here from a newer version's row). */
function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function bytesText(value: number): string {
  if (value < 1024) return `${value} バイト`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KB`;
  return `${(value / 1024 / 1024).toFixed(1)} MB`;
}

function actionOrGroup(value: string): string {
  return isAuditGroup(value) ? `${auditGroups[value]}（すべて）` : auditActionLabel(value);
}

/** Words one detail key's value, or null when there is nothing to show. */
function valueText(spec: DetailKeySpec, value: unknown, names: AuditRecordLabels): string | null {
  if (value === null || value === undefined || value === '') return null;
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  const coded = (codes: Readonly<Record<string, string>> | undefined, v: unknown) =>
    codes?.[str(v)] ?? str(v);
  switch (spec.as) {
    case 'hidden':
      return null;
    case 'ref':
      return names.label(spec.target, value);
    case 'refs':
      return list.length === 0 ? null : list.map((id) => names.label(spec.target, id)).join('・');
    case 'count':
      return `${spec.prefix ?? ''}${str(value)}${spec.unit}`;
    case 'code':
      return coded(spec.codes, value);
    case 'codes':
      return list.length === 0 ? null : list.map((v) => coded(spec.codes, v)).join('・');
    case 'change': {
      if (typeof value !== 'object' || Array.isArray(value)) return coded(spec.codes, value);
      const { from, to } = value as { from?: unknown; to?: unknown };
      return `${coded(spec.codes, from)} → ${coded(spec.codes, to)}`;
    }
    case 'flag':
      return value === true ? spec.yes : (spec.no ?? null);
    case 'date':
      return typeof value === 'string' && isoDate.test(value) ? warekiDate(value) : str(value);
    case 'time':
      return japanTime.format(new Date(str(value)));
    case 'month':
      return japanMonth.format(new Date(`${str(value)}-01T00:00:00Z`));
    case 'bytes':
      return typeof value === 'number' ? bytesText(value) : str(value);
    case 'text':
      return str(value);
    case 'action':
      return actionOrGroup(str(value));
    case 'consent': {
      const { kind, state } = value as { kind?: string; state?: string };
      return `${coded(consentKinds.labels, kind)}が${coded(consentStates.labels, state)}`;
    }
    case 'filters': {
      const inner = describeFacts(value as Facts, auditFilterKeys, names);
      return inner === '' ? null : `（${inner}）`;
    }
  }
}

/** 「ラベル：値」 for each key of `facts` the vocabulary names, joined with 「、」. */
function describeFacts(facts: Facts, vocabulary: Vocabulary, names: AuditRecordLabels): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(facts)) {
    const spec = vocabulary[key];
    // A key this version does not know (written by a newer one) is left out rather than shown raw.
    if (!spec) continue;
    const text = valueText(spec, value, names);
    if (text === null) continue;
    parts.push(spec.as === 'filters' ? `${spec.label}${text}` : `${spec.label}：${text}`);
  }
  return parts.join('、');
}

function vocabularyFor(action: string): Vocabulary {
  const own = auditActionSpec(action)?.detail;
  return own ? { ...auditDetailKeys, ...own } : auditDetailKeys;
}

/** Every id a row's detail names, so one page is looked up at once. */
function wantIds(facts: Facts, vocabulary: Vocabulary, names: AuditRecordLabels): void {
  for (const [key, value] of Object.entries(facts)) {
    const spec = vocabulary[key];
    if (spec?.as === 'ref') names.want(spec.target, value);
    if (spec?.as === 'refs' && Array.isArray(value)) {
      for (const id of value) names.want(spec.target, id);
    }
    if (spec?.as === 'filters' && typeof value === 'object' && value !== null) {
      wantIds(value as Facts, auditFilterKeys, names);
    }
  }
}

/**
 * Audit rows as the viewer, its Excel export and the CLI show them: the action, the record it is
 * about and its facts, all in Japanese (records named as people know them, dates in 和暦).
 */
export function describeAuditRows(db: ReadDb, rows: AuditRow[]): AuditRowView[] {
  const names = new AuditRecordLabels();
  const parsed = rows.map((row) => {
    const facts = parseFacts(row.detail);
    const vocabulary = vocabularyFor(row.action);
    if (row.targetType !== null) names.want(row.targetType, row.targetId);
    wantIds(facts, vocabulary, names);
    return { row, facts, vocabulary };
  });
  names.lookUp(db);
  return parsed.map(({ row, facts, vocabulary }) => ({
    id: row.id,
    at: row.at,
    actorName: row.actorName,
    actorLogin: row.actorLogin,
    action: row.action,
    actionLabel: auditActionLabel(row.action),
    targetType: row.targetType,
    targetId: row.targetId,
    targetText:
      row.targetType === null || row.targetId === null
        ? ''
        : names.target(row.targetType, row.targetId),
    detail: row.detail,
    detailText: describeFacts(facts, vocabulary, names),
  }));
}
