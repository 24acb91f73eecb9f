import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import {
  evaluationSheetHtml,
  noEvaluationPrintFacts,
} from '../../electron/services/print/forms/evaluationSheetHtml';
import { intakeFormHtml } from '../../electron/services/print/forms/intakeFormHtml';
import {
  sampleHandout,
  sampleHandoutCase,
  sampleMeeting,
} from '../../electron/services/print/forms/meetingFixture.testing';
import { meetingHandoutHtml } from '../../electron/services/print/forms/meetingHandoutHtml';
import { meetingMinutesHtml } from '../../electron/services/print/forms/meetingMinutesHtml';
import {
  sampleEvaluation,
  samplePlan,
} from '../../electron/services/print/forms/planFixture.testing';
import {
  sampleCaseDetail,
  sampleNote,
  samplePerson,
  testPrintContext,
} from '../../electron/services/print/forms/printFixture.testing';
import { progressNotesHtml } from '../../electron/services/print/forms/progressNotesHtml';
import {
  noPlanPrintFacts,
  supportPlanFormHtml,
} from '../../electron/services/print/forms/supportPlanFormHtml';
import type { PrintContext } from '../../electron/services/print/printContext';
import { findChromium } from './findChromium';
import { characterCount, overlappingWords, pdfText, pdfWords } from './pdfTools.testing';
import { launchPdfRenderer, type PdfRenderer } from './renderPdf';

// Issue 18 (2): the page marks (office, 作成日, the loose-sheet label, page number, 取扱注意,
// a copy's 配布番号) never print over each other, however long a title or a name is: 40
// characters of each, the positions read back with pdftotext -bbox.
const longName =
  '長谷川'.repeat(6) + '左衛門右衛門太郎次郎'.slice(0, 2) + '　' + '髙﨑𠮷'.repeat(7);
const longTitle =
  '令和8年度第8回みどり町重層的支援体制整備事業支援会議（高齢・障害・子ども・困窮合同）拡大版';
const longOffice =
  '〇〇県〇〇郡みどり町保健福祉部地域共生社会推進課重層的支援体制整備係相談支援包括化推進室';
const ctx: PrintContext = { ...testPrintContext, municipalityName: longOffice };

let dir: string;
let renderer: PdfRenderer;

beforeAll(async () => {
  dir = process.env.KASANE_KEEP_PDF ?? createTempDir('kasane-footer-pdf-');
  renderer = await launchPdfRenderer(findChromium(process.env));
});
afterAll(async () => {
  await renderer.close();
  if (process.env.KASANE_KEEP_PDF === undefined) fs.rmSync(dir, { recursive: true, force: true });
});

const squash = (text: string) => text.replace(/\s+/g, '');
const person = { ...samplePerson(), name: longName };
const detail = sampleCaseDetail({ person });
const plan = samplePlan({ personName: longName });
const meeting = sampleMeeting({ title: longTitle });

const forms: Array<[string, () => string]> = [
  ['相談受付・申込票', () => intakeFormHtml(detail, ctx, [person])],
  ['支援プラン', () => supportPlanFormHtml(plan, ctx, noPlanPrintFacts)],
  ['評価シート', () => evaluationSheetHtml(plan, sampleEvaluation(), ctx, noEvaluationPrintFacts)],
  [
    '経過記録',
    () => progressNotesHtml(detail, [sampleNote(1), sampleNote(2)], { from: null, to: null }, ctx),
  ],
  [
    '会議資料',
    () => meetingHandoutHtml(sampleHandout({ meeting, cases: [sampleHandoutCase()] }), ctx),
  ],
  ['会議録', () => meetingMinutesHtml(meeting, ctx)],
];

describe('page marks with 40-character titles, names and offices', () => {
  it.each(forms)(
    '%s: no word overlaps another, and every mark is printed whole',
    async (name, build) => {
      expect(characterCount(longName)).toBeGreaterThanOrEqual(40);
      expect(characterCount(longTitle)).toBeGreaterThanOrEqual(40);
      const file = path.join(dir, `${name}.pdf`);
      await renderer.render(build(), file);
      const overlaps = overlappingWords(pdfWords(file)).map(
        ([a, b]) => `p${a.page} 「${a.text}」 × 「${b.text}」`,
      );
      expect(overlaps).toEqual([]);
      const text = squash(pdfText(file));
      expect(text).toContain(squash(longOffice));
      // 相談受付・申込票 is handed to the person: no 取扱注意 on it.
      expect(text.includes('取扱注意')).toBe(name !== '相談受付・申込票');
    },
  );
});
