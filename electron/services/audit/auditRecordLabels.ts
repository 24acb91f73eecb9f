import {
  auditRecordFacts,
  type AuditRecordFacts,
  type AuditRecordIds,
} from '../../../db/repositories/auditRecordNames';
import type { ReadDb } from '../../../db/database';
import { auditTargets, type AuditTargetKind } from '../../contract/audit/auditVocabulary';
import type { CodeListName } from '../../contract/schemas/directory';
import { importKindLabels, type ImportKind } from '../../contract/schemas/import';
import { meetingKinds, type MeetingKind } from '../../contract/meetingCodes';
import { warekiDate, warekiDateTime } from '../print/wareki';

const codeListNames: Record<CodeListName, string> = { issueTag: '課題' };

type LookedUp = keyof AuditRecordIds;
const lookedUp = (kind: string): kind is LookedUp => Object.hasOwn(emptyIds(), kind);

function emptyIds(): AuditRecordIds {
  return {
    case: [],
    person: [],
    household: [],
    staff: [],
    plan: [],
    note: [],
    agency: [],
    meeting: [],
    outreach: [],
    match: [],
    resource: [],
    activity: [],
  };
}

/**
 * Names the records audit rows point at: ids are gathered for a whole page first (`want`), looked
 * up with one query per kind (`lookUp`), then read as people know them (`label`): a case by its
 * ケース番号, a person or an outreach target by name, a plan as 「R8-0001 第2版」, a meeting by its
 * name and date.
 */
export class AuditRecordLabels {
  private readonly ids = emptyIds();
  private facts: AuditRecordFacts | null = null;

  want(kind: string, id: unknown): void {
    const n = typeof id === 'number' ? id : Number(id);
    if (lookedUp(kind) && Number.isInteger(n)) this.ids[kind].push(n);
  }

  lookUp(db: ReadDb): void {
    const unique = emptyIds();
    for (const kind of Object.keys(unique) as LookedUp[])
      unique[kind] = [...new Set(this.ids[kind])];
    this.facts = auditRecordFacts(db, unique);
  }

  /** The record's name without its kind (「R8-0001」); says so when the record is gone. */
  label(kind: AuditTargetKind, id: unknown): string {
    const key = String(id);
    const named = this.named(kind, key);
    return named ?? `番号 ${key}（見つかりません）`;
  }

  /** The kind and the name: 「ケース R8-0001」. Unknown kinds (a newer version's) as stored. */
  target(kind: string, id: string): string {
    if (!Object.hasOwn(auditTargets, kind)) return `${kind} ${id}`;
    const known = kind as AuditTargetKind;
    return `${auditTargets[known]} ${this.label(known, id)}`;
  }

  private named(kind: AuditTargetKind, key: string): string | undefined {
    const facts = this.facts;
    const n = Number(key);
    switch (kind) {
      case 'codeList':
        return Object.hasOwn(codeListNames, key) ? codeListNames[key as CodeListName] : undefined;
      case 'import':
        return Object.hasOwn(importKindLabels, key)
          ? importKindLabels[key as ImportKind]
          : undefined;
      case 'consent':
      case 'decision':
      case 'evaluation':
      case 'contact':
      case 'followup':
        return `番号 ${key}`;
    }
    if (!facts) return undefined;
    switch (kind) {
      case 'household': {
        const name = facts.household.get(n);
        return name === undefined ? undefined : `${name}さんの世帯`;
      }
      case 'plan': {
        const plan = facts.plan.get(n);
        return plan && `${plan.caseNumber} 第${plan.version}版`;
      }
      case 'note': {
        const note = facts.note.get(n);
        return note && `${note.caseNumber} ${warekiDateTime(note.occurredAt)}`;
      }
      case 'meeting': {
        const meeting = facts.meeting.get(n);
        if (!meeting) return undefined;
        const name = meeting.title || meetingKinds.labels[meeting.kind as MeetingKind];
        return `${name}（${warekiDate(meeting.heldOn)}）`;
      }
      case 'match': {
        const match = facts.match.get(n);
        return match && `${match.personName} → ${match.resourceName}`;
      }
      case 'activity': {
        const activity = facts.activity.get(n);
        return activity && `${activity.name}（${warekiDate(activity.heldOn)}）`;
      }
      default:
        return facts[kind].get(n);
    }
  }
}
