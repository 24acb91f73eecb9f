import { withTransaction, type Db, type ReadDb, type WriteTx } from '../../../db/database';
import { readSetting, writeSetting } from '../../../db/repositories/settingRepository';
import { AppError } from '../../contract/errors';
import type { RecoveryKeyStatus } from '../../contract/schemas/recoveryKey';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import type { KeyHolder } from './keyHolder';
import { replaceRecoveryKey } from './replaceRecoveryKey';

/**
 * Whether someone confirmed the 回復キー in force is stored safely. `pending`: a key was shown
 * (初期設定, or issued anew in 管理) and not yet confirmed — setup is not finished, and a 管理者
 * is taken to the 回復キー screen until it is. `unconfirmed`: nobody ever confirmed one (a folder
 * set up from the command line, or before this was recorded) — ホーム warns 管理者.
 */
const settingKey = 'recoveryKey';

type Stored = { state: 'pending' | 'confirmed'; issuedAt: string; confirmedAt: string | null };

function readStored(db: ReadDb): Stored | null {
  const text = readSetting(db, settingKey);
  if (text === undefined) return null;
  const value = JSON.parse(text) as Partial<Stored>;
  if (value.state !== 'pending' && value.state !== 'confirmed') return null;
  return {
    state: value.state,
    issuedAt: typeof value.issuedAt === 'string' ? value.issuedAt : '',
    confirmedAt: typeof value.confirmedAt === 'string' ? value.confirmedAt : null,
  };
}

export function recoveryKeyStatus(db: ReadDb): RecoveryKeyStatus {
  const stored = readStored(db);
  if (!stored) return { state: 'unconfirmed', issuedAt: null, confirmedAt: null };
  return stored;
}

/** A new key was just shown: it waits for confirmation (setup writes this in its transaction). */
export function markRecoveryKeyShown(tx: WriteTx, at: Date, by: number | null): void {
  const value: Stored = { state: 'pending', issuedAt: at.toISOString(), confirmedAt: null };
  writeSetting(tx, settingKey, JSON.stringify(value), at.toISOString(), by);
}

/** 「回復キーを保管しました」: the key shown last is confirmed; audited. */
export function confirmRecoveryKey(db: Db, actor: Actor, clock: Clock): RecoveryKeyStatus {
  return withTransaction(db, (tx) => {
    const stored = readStored(tx);
    if (stored?.state !== 'pending') {
      throw new AppError(
        'CONFLICT',
        '確認を待っている回復キーがありません。管理の「回復キー」から新しい回復キーを発行してください。',
      );
    }
    const at = clock.now();
    const value: Stored = { ...stored, state: 'confirmed', confirmedAt: at.toISOString() };
    writeSetting(tx, settingKey, JSON.stringify(value), at.toISOString(), actor.staffId);
    appendAudit(tx, { at, actor, action: 'recoveryKey.confirm' });
    return value;
  });
}

/**
 * 管理 → 新しい回復キーを発行: a new key replaces the old one (which stops working at once) and
 * waits for confirmation; audited (never the key). The key is returned to be shown once.
 */
export function reissueRecoveryKey(holder: KeyHolder): { recoveryKey: string } {
  const { db, actor, clock } = holder;
  withTransaction(db, (tx) => {
    const at = clock.now();
    markRecoveryKeyShown(tx, at, actor.staffId);
    appendAudit(tx, { at, actor, action: 'recoveryKey.reissue' });
  });
  // After the commit: should writing the key file fail, the old key stays in force and the
  // state says a key waits for confirmation, so the 管理者 is asked again; never the reverse
  // (a new key in force that nobody saw).
  return { recoveryKey: replaceRecoveryKey(holder, clock) };
}
