import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../contract/schemas/export';
import { setUpSession } from '../services/auth/sessionManager.testing';
import type { FileSaver } from '../services/excel/workbook/fileSaver';
import { createDispatcher, type Dispatch } from './dispatch';
import { handlers } from './handlerTable';

type Sender = { id: string };
const ownWindow: Sender = { id: 'main-window' };

let fixture: ReturnType<typeof setUpSession>;
/** What the desktop's save dialog answers next: a path, or null for キャンセル. */
let chosen: string | null = null;
const offered: Array<{ name: string; extensions: string[] }> = [];
const saver: FileSaver = {
  choosePath: (name, kind) => {
    offered.push({ name, extensions: kind.extensions });
    return Promise.resolve(chosen);
  },
  write: (file, bytes) => fs.promises.writeFile(file, bytes),
};

function dispatcher(fileSaver: FileSaver | null): Dispatch<Sender> {
  return createDispatcher<Sender>({
    isTrustedSender: (sender) => sender === ownWindow,
    sessionOf: () => fixture.session,
    clock: fixture.clock,
    handlers,
    fileSaver,
    logError: (error) => {
      throw error;
    },
  });
}

beforeAll(async () => {
  fixture = setUpSession();
  const me = fixture.session.requireUnlocked(['admin']).actor;
  const intake = await dispatcher(null)(ownWindow, 'case.intake', {
    receivedOn: '2026-04-01',
    receivedBy: me.staffId,
    route: 'phone',
    person: {
      mode: 'newHousehold',
      household: { address: 'みどり町5-6-7' },
      person: { name: '佐藤 ハル', nameKana: 'さとう はる' },
    },
    fields: ['elderly'],
  });
  if (!intake.ok) throw new Error(intake.message);
});
afterAll(() => fixture.cleanup());

async function exported(fileSaver: FileSaver | null, name: string, input: unknown) {
  const envelope = await dispatcher(fileSaver)(ownWindow, name, input);
  if (!envelope.ok) throw new Error(`${envelope.code} ${envelope.message}`);
  return envelope.value as ExportedFile;
}

describe('export calls through the dispatcher', () => {
  it('refuses the month now running (4月1日 in Japan) unless the person was warned', async () => {
    const envelope = await dispatcher(null)(ownWindow, 'export.report', { month: '2026-04' });
    expect(envelope).toMatchObject({ ok: false, code: 'CONFLICT' });
    if (envelope.ok) return;
    expect(envelope.message).toBe(
      '令和8年4月はまだ終わっていません（今日は令和8年4月1日）。今日までの記録だけの集計になり、ブックには「集計途中」と入ります。',
    );
    const future = await dispatcher(null)(ownWindow, 'export.report', { month: '2026-05' });
    expect(future).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await exported(null, 'export.report', { month: '2026-03' })).toMatchObject({
      status: 'download',
    });
  });

  it('without a save dialog (web harness), returns the workbook as base64 to download', async () => {
    const result = await exported(null, 'export.report', { month: '2026-04', allowPartial: true });
    expect(result).toMatchObject({ status: 'download', fileName: '実績報告_令和8年4月分.xlsx' });
    if (result.status !== 'download') return;
    const book = new ExcelJS.Workbook();
    const bytes = Buffer.from(result.contentBase64, 'base64');
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const row = book.getWorksheet('データ')!.getRow(2);
    expect([1, 2, 3, 4, 11].map((column) => row.getCell(column).value)).toEqual([
      'consultations.new',
      '新規相談件数',
      1,
      1,
      '集計途中（月の途中）',
    ]);
  });

  it('with the desktop dialog, writes where the user chose, or nothing when cancelled', async () => {
    chosen = null;
    expect(await exported(saver, 'export.cases', { filters: { status: 'all' } })).toEqual({
      status: 'cancelled',
    });
    chosen = path.join(fixture.dir, '一覧.xlsx');
    expect(await exported(saver, 'export.cases', { filters: { status: 'all' } })).toEqual({
      status: 'saved',
      fileName: '一覧.xlsx',
      rows: 1,
    });
    expect(fs.existsSync(chosen)).toBe(true);
    expect(offered.at(-1)?.extensions).toEqual(['xlsx']);
  });

  it.each([
    ['export.report', {}, 'month'],
    ['export.report', { month: '2026-4' }, 'month'],
    ['export.report', { month: '2026-13' }, 'month'],
    ['export.report', { month: '2026-04', path: '/etc/passwd' }, ''],
    ['export.report', { month: '2026-04', allowPartial: 'yes' }, 'allowPartial'],
    ['export.cases', { filters: { status: 'done' } }, 'filters.status'],
    ['export.cases', { filters: { limit: 5 } }, 'filters'],
    ['export.cases', { initials: 'yes' }, 'initials'],
  ])('%s refuses %j at %s', async (name, input, at) => {
    const envelope = await dispatcher(saver)(ownWindow, name, input);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.code).toBe('VALIDATION');
    expect(envelope.issues?.map((issue) => issue.path)).toContain(at);
  });
});
