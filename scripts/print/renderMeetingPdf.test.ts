import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import {
  sampleHandout,
  sampleHandoutCase,
  sampleMeeting,
  sampleMeetingCase,
} from '../../electron/services/print/forms/meetingFixture.testing';
import { meetingHandoutHtml } from '../../electron/services/print/forms/meetingHandoutHtml';
import { meetingMinutesHtml } from '../../electron/services/print/forms/meetingMinutesHtml';
import { testPrintContext } from '../../electron/services/print/forms/printFixture.testing';
import { findChromium } from './findChromium';
import { pdfInfo, pdfPageCount, pdfText } from './pdfTools.testing';
import { launchPdfRenderer, type PdfRenderer } from './renderPdf';

let dir: string;
let renderer: PdfRenderer;

beforeAll(async () => {
  dir = createTempDir('kasane-meeting-pdf-');
  renderer = await launchPdfRenderer(findChromium(process.env));
});
afterAll(async () => {
  await renderer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const squash = (text: string) => text.replace(/\s+/g, '');

describe('renderPdf: 会議資料 of a 支援会議', () => {
  let file: string;
  let pages: number;
  const second = sampleHandoutCase({
    detail: { ...sampleHandoutCase().detail, id: 4, caseNumber: 'R8-0002' },
    agenda: sampleMeetingCase({ caseId: 4, caseNumber: 'R8-0002' }),
  });

  beforeAll(async () => {
    file = path.join(dir, 'handout.pdf');
    const data = sampleHandout({ cases: [sampleHandoutCase(), second] });
    await renderer.render(meetingHandoutHtml(data, testPrintContext), file);
    pages = pdfPageCount(file);
  });

  it('is three equal copies on A4, each starting with its 配布番号 and the 守秘義務 notice', () => {
    expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)$/);
    // The overview and one page per case, at least; the same for every copy.
    expect(pages % 3).toBe(0);
    const perCopy = pages / 3;
    expect(perCopy).toBeGreaterThanOrEqual(3);
    for (const copy of [1, 2, 3]) {
      const first = squash(pdfText(file, (copy - 1) * perCopy + 1));
      expect(first).toContain(`配布番号${copy}/3`);
      expect(first).toContain('守秘義務について');
      expect(first).toContain('社会福祉法第106条の6');
    }
  });

  it('carries "配布番号 k / 3 会議終了後回収" at the top of every page of copy k', () => {
    const perCopy = pages / 3;
    for (let page = 1; page <= pages; page++) {
      const copy = Math.ceil(page / perCopy);
      const text = squash(pdfText(file, page));
      // pdftotext reads the top margin boxes in an interleaved order: check the parts.
      const top = squash(pdfText(file, page, { layout: true }).split('\n')[0] ?? '');
      expect(top, `page ${page}`).toContain(`配布番号${copy}/3会議終了後回収`);
      expect(text, `page ${page}`).toContain('取扱注意');
      expect(text, `page ${page}`).toContain(`${page}/${pages}`);
    }
  });
});

describe('renderPdf: 会議録', () => {
  it('is one A4 page for a short meeting, with minutes and the next date', async () => {
    const file = path.join(dir, 'minutes.pdf');
    await renderer.render(meetingMinutesHtml(sampleMeeting(), testPrintContext), file);
    expect(pdfPageCount(file)).toBe(1);
    const text = squash(pdfText(file));
    for (const expected of ['会議録', '長男への訪問を続ける。', '令和8年12月25日', '1/1']) {
      expect(text).toContain(expected);
    }
  });
});
