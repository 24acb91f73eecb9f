import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { sampleDailyRecord } from '../../electron/services/print/forms/dailyRecord.testing';
import { dailyRecordHtml } from '../../electron/services/print/forms/dailyRecordHtml';
import { testPrintContext } from '../../electron/services/print/forms/printFixture.testing';
import { findChromium } from './findChromium';
import { overlappingWords, pdfInfo, pdfPageCount, pdfText, pdfWords } from './pdfTools.testing';
import { launchPdfRenderer, type PdfRenderer } from './renderPdf';

let dir: string;
let renderer: PdfRenderer;

beforeAll(async () => {
  dir = process.env.KASANE_KEEP_PDF ?? createTempDir('kasane-daily-pdf-');
  renderer = await launchPdfRenderer(findChromium(process.env));
});
afterAll(async () => {
  await renderer.close();
  if (process.env.KASANE_KEEP_PDF === undefined) fs.rmSync(dir, { recursive: true, force: true });
});

const squash = (text: string) => text.replace(/\s+/g, '');

describe('renderPdf: 一日の相談記録', () => {
  it('is one A4 page for an ordinary day, with every section, the 和暦 day, 1 / 1 and 取扱注意', async () => {
    const file = path.join(dir, 'daily.pdf');
    await renderer.render(dailyRecordHtml(sampleDailyRecord(), testPrintContext), file);
    expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)$/);
    expect(pdfPageCount(file)).toBe(1);
    const text = squash(pdfText(file));
    for (const expected of [
      '一日の相談記録',
      'みどり町',
      '作成日令和8年11月27日',
      '令和8年12月8日（火）',
      '相談一郎',
      '経過記録（2件）',
      '長女から電話。父の様子を聞いた。',
      '次の対応（期日令和8年12月10日）',
      '閲覧制限',
      '相談受付（1件）',
      '母の介護と家賃の滞納。',
      'アウトリーチ（1件）',
      '駅前アパートの男性',
      '会議（1件）',
      '12月ケース会議',
      '1/1',
      '取扱注意',
    ]) {
      expect(text).toContain(expected);
    }
    expect(overlappingWords(pdfWords(file))).toEqual([]);
  });

  it('runs a busy office day over pages, each numbered and marked', async () => {
    const base = sampleDailyRecord();
    const [note] = base.notes;
    if (!note) throw new Error('no note');
    const notes = Array.from({ length: 40 }, (_, i) => ({
      ...note,
      id: 100 + i,
      time: `${String(8 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`,
      facts: `記録 ${i + 1}。${'本人と今後の生活について話した。'.repeat(3)}`,
    }));
    const file = path.join(dir, 'daily-busy.pdf');
    await renderer.render(
      dailyRecordHtml({ ...base, staffId: null, staffName: null, notes }, testPrintContext),
      file,
    );
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = squash(pdfText(file, page));
      expect(text).toContain(`${page}/${pages}`);
      expect(text).toContain('取扱注意');
      expect(text).toContain('令和8年12月8日（火）');
      expect(text).toContain('事務所全体');
    }
    expect(squash(pdfText(file))).toContain('記録40。');
  });
});
