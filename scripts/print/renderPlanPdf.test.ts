import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { evaluationSheetHtml } from '../../electron/services/print/forms/evaluationSheetHtml';
import {
  sampleEvaluation,
  samplePlan,
  samplePlanRow,
} from '../../electron/services/print/forms/planFixture.testing';
import { testPrintContext } from '../../electron/services/print/forms/printFixture.testing';
import { supportPlanFormHtml } from '../../electron/services/print/forms/supportPlanFormHtml';
import { findChromium } from './findChromium';
import { pdfInfo, pdfPageCount, pdfText } from './pdfTools.testing';
import { launchPdfRenderer, type PdfRenderer } from './renderPdf';

let dir: string;
let renderer: PdfRenderer;

beforeAll(async () => {
  dir = createTempDir('kasane-plan-pdf-');
  renderer = await launchPdfRenderer(findChromium(process.env));
});
afterAll(async () => {
  await renderer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Whitespace-free text, so a test does not depend on where pdftotext puts spaces and breaks. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('renderPdf: 支援プラン', () => {
  it('is one A4 page for a normal plan, with the name, the form, the 和暦 作成日 and every row', async () => {
    const file = path.join(dir, 'plan.pdf');
    const plan = samplePlan({ consentOn: '2026-04-15', consentMethod: 'selfSigned' });
    await renderer.render(supportPlanFormHtml(plan, testPrintContext), file);
    expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)$/);
    expect(pdfPageCount(file)).toBe(1);
    const text = squash(pdfText(file));
    for (const expected of [
      '山田太郎',
      '支援プラン',
      '作成日令和8年4月10日',
      '第1版（初回）',
      '1/1',
      ...plan.rows.map((row) => squash(row.content)),
    ]) {
      expect(text).toContain(expected);
    }
  });

  const long =
    '地域の関係機関と連絡を取り合い、本人の状況に合わせて支援の方法を見直しながら進める。';
  const rows = Array.from({ length: 30 }, (_, i) =>
    samplePlanRow({
      issue: `課題${i}`,
      content: `R${i}S ${long.repeat(2 + (i % 3))} R${i}E`,
      assigneeText: i % 2 === 0 ? '' : '担当者と毎週確認',
    }),
  );
  let file: string;
  let pages: number;

  beforeAll(async () => {
    file = path.join(dir, 'long-plan.pdf');
    await renderer.render(supportPlanFormHtml(samplePlan({ rows }), testPrintContext), file);
    pages = pdfPageCount(file);
  });

  it('breaks a long plan (30 rows) across A4 pages numbered "n / m"', () => {
    expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)$/);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pdfText(file, 1)).toContain(`1 / ${pages}`);
    expect(pdfText(file, pages)).toContain(`${pages} / ${pages}`);
  });

  it('never cuts a 支援内容 row: each row starts and ends on the same page', () => {
    const pageTexts = Array.from({ length: pages }, (_, i) => squash(pdfText(file, i + 1)));
    for (let i = 0; i < rows.length; i++) {
      const starts = pageTexts.flatMap((text, p) => (text.includes(`R${i}S`) ? [p] : []));
      const ends = pageTexts.flatMap((text, p) => (text.includes(`R${i}E`) ? [p] : []));
      expect(starts, `row ${i}`).toHaveLength(1);
      expect(ends, `row ${i}`).toEqual(starts);
    }
    // The rows really do spread over more than one page.
    const firstPageOfLast = pageTexts.findIndex((text) => text.includes(`R${rows.length - 1}S`));
    expect(firstPageOfLast).toBeGreaterThan(0);
  });
});

describe('renderPdf: 評価シート', () => {
  it('is one A4 page with each goal result and the decision', async () => {
    const file = path.join(dir, 'evaluation.pdf');
    await renderer.render(
      evaluationSheetHtml(samplePlan(), sampleEvaluation(), testPrintContext),
      file,
    );
    expect(pdfPageCount(file)).toBe(1);
    const text = squash(pdfText(file));
    for (const expected of [
      '評価シート',
      '山田太郎',
      '未達成',
      '達成',
      '●見直し',
      '作成日令和8年7月10日',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
