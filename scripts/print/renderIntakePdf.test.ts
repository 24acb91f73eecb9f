import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import type { CaseDetail, ConsentView } from '../../electron/contract/schemas/caseWork';
import { noConsentStatement } from '../../electron/services/print/forms/intakeConsentHtml';
import { intakeFormHtml } from '../../electron/services/print/forms/intakeFormHtml';
import { livingChoices } from '../../electron/services/print/forms/intakeLivingHtml';
import { intakeTopics } from '../../electron/services/print/forms/intakeTopics';
import {
  sampleCaseDetail,
  samplePerson,
  testPrintContext,
} from '../../electron/services/print/forms/printFixture.testing';
import { findChromium } from './findChromium';
import { overlappingWords, pdfInfo, pdfPageCount, pdfText, pdfWords } from './pdfTools.testing';
import { launchPdfRenderer, type PdfRenderer } from './renderPdf';

let dir: string;
let renderer: PdfRenderer;

beforeAll(async () => {
  dir = process.env.KASANE_KEEP_PDF ?? createTempDir('kasane-intake-pdf-');
  renderer = await launchPdfRenderer(findChromium(process.env));
});
afterAll(async () => {
  await renderer.close();
  if (process.env.KASANE_KEEP_PDF === undefined) fs.rmSync(dir, { recursive: true, force: true });
});

const squash = (text: string) => text.replace(/\s+/g, '');

const privacyNotice =
  'みどり町は、ご相談で知った個人情報を、みどり町個人情報保護条例に従って管理します。';

function withSharing(detail: CaseDetail, state: ConsentView['state']): CaseDetail {
  const infoSharing: ConsentView = {
    id: 1,
    kind: 'infoSharing',
    state,
    recordedOn: '2026-04-03',
    method: state === 'given' ? 'signature' : 'verbal',
    proxyName: '',
    obtainedById: 2,
    obtainedByName: '相談 一郎',
    agencies: state === 'given' ? [{ id: 4, name: 'みどり町地域包括支援センター' }] : [],
    note: '',
  };
  return {
    ...detail,
    consents: { ...detail.consents, current: { ...detail.consents.current, infoSharing } },
  };
}

/** Every field FORMS.md lists for the 相談受付・申込票, as labels on the paper. */
const fieldLabels = [
  '相談受付・申込票',
  'ケース番号',
  'R8-0001',
  '受付日',
  '受付者',
  'ふりがな',
  '氏名',
  '性別',
  '生年月日',
  '昭和19年6月12日（82歳）',
  '住所',
  '〒123-4567',
  '電話（自宅）',
  '0123-45-6789',
  '電話（携帯）',
  '090-1234-5678',
  'E-mail',
  '来談者',
  '山田花子（長女）',
  '来談者の電話',
  '080-2345-6789',
  '相談内容',
  ...intakeTopics.map((t) => t.label),
  'その他（8050問題）',
  '◎ひきこもり・不登校',
  '主訴',
  '個人情報の取扱い',
  privacyNotice,
  '利用申込',
  '日付',
  '本人署名',
  '代筆者',
  ...Object.keys(livingChoices),
  ...Object.values(livingChoices).flat(),
];

async function render(name: string, detail: CaseDetail): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  const members = [
    samplePerson(),
    samplePerson({ id: 12, name: '山田 一郎', relationship: '長男' }),
  ];
  await renderer.render(intakeFormHtml(detail, testPrintContext, members, privacyNotice), file);
  expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)$/);
  return file;
}

describe('renderPdf: 相談受付・申込票, both variants', () => {
  it('本人同意あり: every FORMS.md field, the application and the consent signed apart', async () => {
    const file = await render('intake-consent', withSharing(sampleCaseDetail(), 'given'));
    const text = squash(pdfText(file));
    for (const label of [...fieldLabels, '本人同意あり', '情報共有への同意']) {
      expect(text, label).toContain(squash(label));
    }
    expect(text).not.toContain(squash(noConsentStatement));
    // Two boxes, two signatures, the privacy sentence first.
    expect(text.split('本人署名')).toHaveLength(3);
    expect(text.indexOf(squash(privacyNotice))).toBeLessThan(text.indexOf('利用申込'));
    expect(text.indexOf('利用申込')).toBeLessThan(text.indexOf('情報共有への同意'));
    expect(text).toContain('共有先：みどり町地域包括支援センター');
    const pages = pdfPageCount(file);
    expect(pdfText(file)).toContain(`1 / ${pages}`);
    expect(pages).toBeLessThanOrEqual(2);
    expect(overlappingWords(pdfWords(file))).toEqual([]);
  });

  it('本人同意なし: no consent box, the 支援会議 (§106-6) statement instead', async () => {
    const file = await render('intake-no-consent', withSharing(sampleCaseDetail(), 'refused'));
    const text = squash(pdfText(file));
    for (const label of [...fieldLabels, '本人同意なし', '情報共有について']) {
      expect(text, label).toContain(squash(label));
    }
    expect(text).toContain(squash(noConsentStatement));
    expect(text).not.toContain('情報共有への同意');
    expect(text.split('本人署名')).toHaveLength(2);
    expect(overlappingWords(pdfWords(file))).toEqual([]);
  });
});
