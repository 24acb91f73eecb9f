import fs from 'node:fs';
import path from 'node:path';
import { printPlanInput } from '../../../electron/contract/schemas/print';
import { printPlan } from '../../../electron/services/print/printPlan';
import { findChromium } from '../../print/findChromium';
import { launchPdfRenderer } from '../../print/renderPdf';
import type { Measure } from '../benchContext';
import { timeAsync } from '../timing';

/**
 * plan PDF: the 支援プラン of a case from the service's HTML to an A4 PDF in a warm Chromium (the
 * desktop app keeps its print window; the CLI keeps one renderer for many documents).
 */
export const planPdfBench: Measure = async ({ db, sqlite, actor, clock, dataDir }) => {
  const caseIds = sqlite
    .prepare(
      `SELECT DISTINCT p.case_id FROM support_plan p JOIN support_case c ON c.id = p.case_id
       WHERE c.restricted = 0 ORDER BY p.case_id LIMIT 10`,
    )
    .pluck()
    .all() as number[];
  if (caseIds.length === 0) return [];
  const renderer = await launchPdfRenderer(findChromium(process.env));
  const out = path.join(dataDir, 'bench-plan.pdf');
  try {
    const timing = await timeAsync(10, async (i) => {
      const input = printPlanInput.parse({ caseId: caseIds[i % caseIds.length] });
      const document = printPlan(db, actor, clock, input);
      await renderer.render(document.html, out);
    });
    return [
      {
        id: 'planPdf',
        label: '支援プランのPDF（Chromium起動済み）',
        timing,
        value: timing.p95Ms,
        unit: 'ms',
        budget: 1500,
      },
    ];
  } finally {
    await renderer.close();
    fs.rmSync(out, { force: true });
  }
};
