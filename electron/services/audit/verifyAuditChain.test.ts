import { afterEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { createTestDb, type TestDb } from '../../../db/testing/createTestDb';
import { appendAudit } from './appendAudit';
import { auditHash } from './auditHash';
import { describeAuditProblem } from './describeAuditProblem';
import { verifyAuditChain } from './verifyAuditChain';

const dbs: TestDb[] = [];
afterEach(() => {
  while (dbs.length) dbs.pop()?.cleanup();
});

/** A database with ten audit rows in one valid chain, and its triggers dropped (an attacker with the key). */
function chainOfTen(): TestDb {
  const db = createTestDb();
  dbs.push(db);
  for (let i = 1; i <= 10; i += 1) {
    withTransaction(db.db, (tx) =>
      appendAudit(tx, {
        at: new Date(Date.UTC(2026, 3, 1, 0, i)),
        actor: { staffId: 1, login: 'kanri', displayName: '管理 太郎' },
        action: 'case.view',
        target: { type: 'case', id: i },
      }),
    );
  }
  db.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  return db;
}

type Row = {
  id: number;
  at: string;
  actorStaffId: number | null;
  actorLogin: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: string;
  prevHash: string;
  hash: string;
};

function row(db: TestDb, id: number): Row {
  return db.sqlite
    .prepare(
      `SELECT id, at, actor_staff_id AS actorStaffId, actor_login AS actorLogin,
              actor_name AS actorName, action, target_type AS targetType, target_id AS targetId,
              detail, prev_hash AS prevHash, hash FROM audit_log WHERE id = ?`,
    )
    .get(id) as Row;
}

function problems(db: TestDb): string[] {
  return verifyAuditChain(db.db).problems.map(describeAuditProblem);
}

describe('verifyAuditChain', () => {
  it('finds nothing wrong in an intact chain', () => {
    const db = chainOfTen();
    expect(verifyAuditChain(db.db)).toEqual({ rows: 10, problems: [] });
  });

  it('names a changed row by id and position', () => {
    const db = chainOfTen();
    db.sqlite.prepare(`UPDATE audit_log SET target_id = '99' WHERE id = 4`).run();
    expect(problems(db)).toEqual(['行 ID 4（4 行目）: 記録の内容が書き換えられています']);
  });

  it('names a removed row, and rows cut off at the end', () => {
    const db = chainOfTen();
    db.sqlite.exec('DELETE FROM audit_log WHERE id IN (5, 9, 10)');
    expect(problems(db)).toEqual([
      '行 ID 5 が削除されています（4 行目と 5 行目の間）',
      '末尾の 行 ID 9〜10 が削除されています（最後の行より後）',
    ]);
  });

  it('names an inserted row (the ids behind it renumbered, its hash made right)', () => {
    const db = chainOfTen();
    db.sqlite.exec('UPDATE audit_log SET id = id + 100 WHERE id >= 6');
    db.sqlite.exec('UPDATE audit_log SET id = id - 99 WHERE id >= 106');
    const before = row(db, 5);
    const forged = {
      at: '2026-04-01T00:05:30.000Z',
      actorStaffId: 1,
      actorLogin: 'kanri',
      actorName: '管理 太郎',
      action: 'case.view',
      targetType: 'case',
      targetId: '77',
      detail: '{}',
      prevHash: before.hash,
    };
    db.sqlite
      .prepare(
        `INSERT INTO audit_log (id, at, actor_staff_id, actor_login, actor_name, action, target_type,
           target_id, detail, prev_hash, hash) VALUES (6, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...Object.values(forged), auditHash(forged));
    expect(problems(db)).toEqual([
      '行 ID 6（6 行目）: あとから挿入された行です（前後の行が直接つながっています）',
    ]);
  });

  it('names a row rewritten with a fresh hash by the link of the row after it', () => {
    const db = chainOfTen();
    const { id: _id, hash: _hash, ...rest } = row(db, 3);
    const changed = { ...rest, targetId: '42' };
    db.sqlite
      .prepare('UPDATE audit_log SET target_id = ?, hash = ? WHERE id = 3')
      .run('42', auditHash(changed));
    expect(problems(db)).toEqual([
      '行 ID 3（3 行目）: 記録が書き換えられ、ハッシュも計算し直されています（次の行とのつながりで判明）',
    ]);
  });
});
