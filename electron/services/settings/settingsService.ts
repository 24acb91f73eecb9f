import { readAllSettings, writeSetting } from '../../../db/repositories/settingRepository';
import { withTransaction, type Db, type ReadDb, type WriteTx } from '../../../db/database';
import { meetingKinds, type MeetingKind } from '../../contract/meetingCodes';
import { defaultPrivacyNotice, type Settings } from '../../contract/schemas/settings';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';

/**
 * Defaults for a new office: 10 minutes of idleness locks the screen; a plan is evaluated three
 * months after it is made (the usual モニタリング interval); meetings go by their legal names.
 */
export const defaultSettings: Settings = {
  municipalityName: '',
  idleLockMinutes: 10,
  planEvaluationMonths: 3,
  meetingKindNames: { ...meetingKinds.labels },
  privacyNotice: defaultPrivacyNotice,
};

/** Each stored name that is a non-empty string, the default name for any other kind. */
function kindNamesFrom(value: unknown): Record<MeetingKind, string> {
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const names = { ...defaultSettings.meetingKindNames };
  for (const kind of meetingKinds.codes) {
    const name = stored[kind];
    if (typeof name === 'string' && name !== '') names[kind] = name;
  }
  return names;
}

/** The office-wide settings, with defaults for any not yet stored. */
export function getSettings(db: ReadDb): Settings {
  const stored = readAllSettings(db);
  const read = <K extends keyof Settings>(key: K): Settings[K] => {
    const text = stored.get(key);
    if (text === undefined) return defaultSettings[key];
    const value = JSON.parse(text) as unknown;
    return typeof value === typeof defaultSettings[key]
      ? (value as Settings[K])
      : defaultSettings[key];
  };
  const kindNames = stored.get('meetingKindNames');
  return {
    municipalityName: read('municipalityName'),
    idleLockMinutes: read('idleLockMinutes'),
    planEvaluationMonths: read('planEvaluationMonths'),
    privacyNotice: read('privacyNotice'),
    meetingKindNames: kindNamesFrom(
      kindNames === undefined ? null : (JSON.parse(kindNames) as unknown),
    ),
  };
}

/** Writes the given settings inside an existing transaction (setup uses this). */
export function writeSettings(
  tx: WriteTx,
  changes: Partial<Settings>,
  at: Date,
  by: number | null,
): void {
  for (const key of Object.keys(changes) as Array<keyof Settings>) {
    const value = changes[key];
    if (value !== undefined) writeSetting(tx, key, JSON.stringify(value), at.toISOString(), by);
  }
}

/** Changes settings and audits which keys changed (管理者 only; the contract enforces the role). */
export function updateSettings(
  db: Db,
  actor: Actor,
  clock: Clock,
  changes: Partial<Settings>,
): Settings {
  return withTransaction(db, (tx) => {
    const at = clock.now();
    writeSettings(tx, changes, at, actor.staffId);
    appendAudit(tx, {
      at,
      actor,
      action: 'settings.update',
      detail: {
        keys: Object.keys(changes).filter((k) => changes[k as keyof Settings] !== undefined),
      },
    });
    return getSettings(tx);
  });
}
