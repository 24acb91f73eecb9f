import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import {
  evaluationSheetHtml,
  noEvaluationPrintFacts,
} from '../../electron/services/print/forms/evaluationSheetHtml';
import {
  sampleEvaluation,
  samplePlan,
  samplePlanRow,
} from '../../electron/services/print/forms/planFixture.testing';
import { testPrintContext } from '../../electron/services/print/forms/printFixture.testing';
import {
  noPlanPrintFacts,
  supportPlanFormHtml,
} from '../../electron/services/print/forms/supportPlanFormHtml';
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
  it('is two A4 sheets at most for a normal plan, with every FORMS.md field and every row', async () => {
    const file = path.join(dir, 'plan.pdf');
    const plan = samplePlan({ consentOn: '2026-04-15', consentMethod: 'selfSigned' });
    const facts = {
      mainStaffName: '相談 一郎',
      mainAgencyName: '西地域包括支援センター',
      approvingMeeting: { kindName: '重層的支援会議', title: '5月定例', heldOn: '2026-05-20' },
      supportDecidedOn: '2026-04-22',
    };
    await renderer.render(supportPlanFormHtml(plan, testPrintContext, facts), file);
    expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)$/);
    // The official プラン兼利用申込書 is two sheets: the plan, then the application and consent.
    const pages = pdfPageCount(file);
    expect(pages).toBeLessThanOrEqual(2);
    const text = squash(pdfText(file));
    for (const expected of [
      '山田太郎',
      '支援プラン',
      '作成日令和8年4月10日',
      '作成回数第1版（初回）',
      '計画期間',
      '次回評価予定日令和8年7月10日',
      '主担当相談一郎',
      '主担当機関西地域包括支援センター',
      '本人の思い・意向',
      '長期目標',
      '短期目標',
      '課題',
      '支援内容',
      '担当',
      '頻度',
      '期間',
      '承認した会議重層的支援会議5月定例令和8年5月20日',
      '支援決定日令和8年4月22日',
      '☑を付けた事業の利用を申し込みます',
      '参加支援事業',
      'アウトリーチ等を通じた継続的支援事業',
      '本人署名',
      `1/${pages}`,
      ...plan.rows.map((row) => squash(row.content)),
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('（案）');
  });

  it('says 「（案）」 at the top of every page of a draft', async () => {
    const file = path.join(dir, 'draft.pdf');
    const rows = Array.from({ length: 20 }, (_, i) =>
      samplePlanRow({ content: `支援${i}。`.repeat(12) }),
    );
    const plan = samplePlan({ status: 'draft', confirmedAt: null, rows });
    await renderer.render(supportPlanFormHtml(plan, testPrintContext, noPlanPrintFacts), file);
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const top = squash(pdfText(file, page, { layout: true }).split('\n')[0] ?? '');
      expect(top, `page ${page}`).toContain('（案）');
    }
    expect(squash(pdfText(file, 1))).toContain('支援プラン（案）');
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
    await renderer.render(
      supportPlanFormHtml(samplePlan({ rows }), testPrintContext, noPlanPrintFacts),
      file,
    );
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
      evaluationSheetHtml(
        samplePlan(),
        sampleEvaluation(),
        testPrintContext,
        noEvaluationPrintFacts,
      ),
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
