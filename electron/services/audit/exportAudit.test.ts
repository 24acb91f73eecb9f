import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { createTempDir } from '../../../db/testing/createTestDb';
import { adminOnly } from '../../contract/roles';
import { setUpSession } from '../auth/sessionManager.testing';
import {
  findLibreOffice,
  libreOfficeMissing,
  sheetsAsCsv,
} from '../excel/workbook/libreOffice.testing';
import { exportAudit } from './exportAudit';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const libreOffice = findLibreOffice();

/** The 管理者 logged out and in three times: a few auth rows to export. */
function setUp() {
  const fixture = setUpSession();
  cleanups.push(fixture.cleanup);
  for (let i = 0; i < 3; i += 1) {
    fixture.session.logout();
    fixture.clock.advance(60_000);
    fixture.session.login('kanri', 'kasane-admin-1');
  }
  return fixture;
}

describe('audit.export', () => {
  it('gives the filtered rows as a workbook for the browser, and audits the export', async () => {
    const { session, clock } = setUp();
    const { db, actor } = session.requireUnlocked(adminOnly);
    const result = await exportAudit(db, actor, clock, null, { action: 'auth.login' });
    if (result.status !== 'download') throw new Error(`expected a download, got ${result.status}`);
    expect(result.fileName).toBe('監査ログ_20260401.xlsx');
    expect(result.rows).toBe(4);
    const last = db.select().from(auditLog).all().at(-1);
    expect(last?.action).toBe('audit.export');
    expect(JSON.parse(last?.detail ?? '{}')).toMatchObject({
      rows: 4,
      delivery: 'download',
      filters: { action: 'auth.login' },
    });

    if (!libreOffice) {
      console.warn(libreOfficeMissing);
      return;
    }
    const dir = createTempDir('kasane-audit-xlsx-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, result.fileName);
    fs.writeFileSync(file, Buffer.from(result.contentBase64, 'base64'));
    const sheet = sheetsAsCsv(libreOffice, file).get('監査ログ') ?? [];
    // The 監査ログ screen's columns, all in Japanese.
    expect(sheet[0]).toEqual(['行ID', '日時', '職員', '操作', '対象', '内容']);
    expect(sheet.slice(1).filter((r) => r.some((c) => c !== ''))).toHaveLength(4);
    // Newest first, in Japan time and 和暦, with the action and its facts in Japanese.
    expect(sheet[1]?.slice(1)).toEqual([
      '令和8年4月1日 09:03:00',
      '管理 太郎',
      'ログイン',
      '',
      '使用した画面：コマンドライン',
    ]);
  }, 120_000);
});
