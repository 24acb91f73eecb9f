import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../contract/contract';
import { maxImportFileBytes, type ImportReport } from '../contract/schemas/import';
import { setUpSession } from '../services/auth/sessionManager.testing';
import { cleanLines, ledgerWorkbook } from '../services/excel/import/ledgerFixtures.testing';
import { dispatcherFor, ownWindow, type DispatchFixture } from './dispatch.testing';

let fixture: DispatchFixture['fixture'];
let dispatch: DispatchFixture['dispatch'];
let content: string;

beforeAll(async () => {
  ({ fixture, dispatch } = dispatcherFor(setUpSession()));
  content = Buffer.from(await ledgerWorkbook(cleanLines)).toString('base64');
});
afterAll(() => fixture.cleanup());

describe('import calls through the dispatcher', () => {
  it('are for writers only', () => {
    expect(contract['import.preview'].access).toEqual(['admin', 'worker']);
    expect(contract['import.run'].access).toEqual(['admin', 'worker']);
    expect(contract['import.errorsWorkbook'].access).toEqual(['admin', 'worker']);
  });

  it('preview and run take the workbook as base64', async () => {
    const file = { kind: 'consultations', fileName: '相談受付簿.xlsx', content };
    const preview = await dispatch(ownWindow, 'import.preview', file);
    expect(preview.ok && (preview.value as ImportReport).counts).toMatchObject({
      rows: 4,
      ready: 4,
    });
    const run = await dispatch(ownWindow, 'import.run', file);
    expect(run.ok && (run.value as ImportReport).counts).toMatchObject({ imported: 4 });
    const again = await dispatch(ownWindow, 'import.run', { ...file, skipInvalid: true });
    expect(again.ok && (again.value as ImportReport).counts).toMatchObject({
      imported: 0,
      duplicates: 4,
    });
  });

  it('hands out the refused rows as a workbook (a download in the browser)', async () => {
    const bad = Buffer.from(
      await ledgerWorkbook([{ receivedOn: '2025/2/30', name: '誤り 花子' }]),
    ).toString('base64');
    const envelope = await dispatch(ownWindow, 'import.errorsWorkbook', {
      kind: 'consultations',
      fileName: '相談受付簿.xlsx',
      content: bad,
    });
    expect(envelope).toMatchObject({
      ok: true,
      value: { status: 'download', fileName: '相談受付簿_取り込めなかった行.xlsx', rows: 1 },
    });
  });

  it('says in Japanese when the bytes are neither a workbook nor a CSV', async () => {
    const envelope = await dispatch(ownWindow, 'import.preview', {
      kind: 'agencies',
      fileName: 'list.pdf',
      content: Buffer.from('%PDF-1.7\n').toString('base64'),
    });
    expect(envelope).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(envelope.ok ? '' : envelope.message).toMatch(/Excel ブック（\.xlsx）、CSV（\.csv）/);
  });

  it.each([
    ['no content', { kind: 'consultations', fileName: 'a.xlsx', content: '' }],
    ['not base64', { kind: 'consultations', fileName: 'a.xlsx', content: 'これは違う' }],
    [
      'too large',
      {
        kind: 'consultations',
        fileName: 'a.xlsx',
        content: 'A'.repeat((maxImportFileBytes / 3) * 4 + 8),
      },
    ],
    ['an unknown kind', { kind: 'cases', fileName: 'a.xlsx', content: 'UEsDBA==' }],
    ['a path instead of a file', { kind: 'agencies', path: '/etc/passwd' }],
    ['an extra key', { kind: 'agencies', fileName: 'a.xlsx', content: 'UEsDBA==', path: '/tmp/x' }],
    [
      'a file name with a control character',
      { kind: 'agencies', fileName: 'a\u0000.xlsx', content: 'UEsDBA==' },
    ],
  ])('refuses %s', async (_name, input) => {
    const envelope = await dispatch(ownWindow, 'import.run', input);
    expect(envelope).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});
