import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import {
  sampleAttendee,
  sampleHandout,
  sampleHandoutCase,
  sampleMeeting,
  sampleMeetingCase,
} from '../../electron/services/print/forms/meetingFixture.testing';
import { samplePlan, samplePlanRow } from '../../electron/services/print/forms/planFixture.testing';
import {
  sampleCaseDetail,
  sampleNote,
  testPrintContext,
} from '../../electron/services/print/forms/printFixture.testing';
import { meetingHandoutHtml } from '../../electron/services/print/forms/meetingHandoutHtml';
import { meetingMinutesHtml } from '../../electron/services/print/forms/meetingMinutesHtml';
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
    expect(pages % 3).toBe(0);
    const perCopy = pages / 3;
    for (const copy of [1, 2, 3]) {
      const first = squash(pdfText(file, (copy - 1) * perCopy + 1));
      expect(first).toContain(`配布番号${copy}/3`);
      expect(first).toContain('守秘義務について');
      expect(first).toContain('社会福祉法第106条の6');
      // The copy's last page says it is the end of that copy.
      expect(squash(pdfText(file, copy * perCopy))).toContain(`以上（配布番号${copy}/3）`);
    }
  });

  it('carries "配布番号 k / 3 会議終了後回収" on every page of copy k, numbered within the copy', () => {
    const perCopy = pages / 3;
    for (let page = 1; page <= pages; page++) {
      const copy = Math.ceil(page / perCopy);
      const inCopy = page - (copy - 1) * perCopy;
      const text = squash(pdfText(file, page));
      // pdftotext reads the top margin boxes in an interleaved order: check the parts.
      const top = squash(pdfText(file, page, { layout: true }).split('\n')[0] ?? '');
      expect(top, `page ${page}`).toContain(`配布番号${copy}/3会議終了後回収`);
      expect(text, `page ${page}`).toContain('取扱注意');
      // Issue 18 (3): copy 2 starts at 「- 1 -」, not at the page after copy 1's last.
      expect(text, `page ${page}`).toContain(`-${inCopy}-`);
      expect(text, `page ${page}`).not.toContain(`${page}/${pages}`);
    }
  });
});

// Issue 18 (3): a 7-copy handout of long cases had 21 of 49 sheets holding one or two rows of a
// case that had run over its page. Cases now follow one another and a continuation page repeats
// the case's heading.
describe('renderPdf: a 7-copy handout of six long cases', () => {
  let file: string;
  let pages: number;
  const long = (text: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${text}${i + 1}。`).join('');
  const cases = Array.from({ length: 6 }, (_, i) => {
    const caseNumber = `R8-000${i + 1}`;
    return sampleHandoutCase({
      agenda: sampleMeetingCase({ caseId: 10 + i, caseNumber }),
      detail: sampleCaseDetail({
        id: 10 + i,
        caseNumber,
        restricted: i === 2,
        chiefComplaint: long('同居の長男が長く家から出ず、母の介護と家計の不安がある', 2 + i),
      }),
      plan: samplePlan({
        personWishes: long('母の介護を続けながら、また働きたい', 1 + i),
        rows: Array.from({ length: 3 + i }, (_, r) =>
          samplePlanRow({ content: long(`支援内容${r}を行う`, 3) }),
        ),
      }),
      recentNotes: Array.from({ length: 5 }, (_, n) =>
        sampleNote(n + 1, { facts: long('訪問して状況を確認した', 2 + i) }),
      ),
    });
  });
  const meeting = sampleMeeting({
    attendees: Array.from({ length: 7 }, (_, i) => sampleAttendee(i + 1)),
    cases: cases.map((c) => c.agenda),
  });

  beforeAll(async () => {
    file = path.join(dir, 'handout-7.pdf');
    await renderer.render(
      meetingHandoutHtml(sampleHandout({ meeting, cases }), testPrintContext),
      file,
    );
    pages = pdfPageCount(file);
  });

  it("leaves no sheet holding only the tail of a case: every page but a copy's last is full", () => {
    expect(pages % 7).toBe(0);
    const perCopy = pages / 7;
    for (let page = 1; page <= pages; page++) {
      if (page % perCopy === 0) continue;
      // Body lines, without the two lines of page marks: a full A4 page here has 35 or more.
      const lines = pdfText(file, page, { layout: true })
        .split('\n')
        .filter((line) => line.trim() !== '');
      expect(lines.length, `page ${page}`).toBeGreaterThan(25);
    }
  });

  it('starts every continuation page with the heading of the case it continues', () => {
    const perCopy = pages / 7;
    let continued = 0;
    for (let page = 2; page <= perCopy; page++) {
      const body = pdfText(file, page, { layout: true }).split('\n').slice(1);
      const firstLine = squash(body.find((line) => line.trim() !== '') ?? '');
      if (firstLine.startsWith('議題')) continued += 1;
      else expect(firstLine, `page ${page}`).toMatch(/^(No|議題)/);
    }
    expect(continued).toBeGreaterThan(0);
  });

  it('marks the 閲覧制限 case and never prints its address', () => {
    const text = squash(pdfText(file, undefined, { layout: true }));
    expect(text).toContain('議題3R8-0003山田太郎（やまだたろう）閲覧制限');
    expect(text).toContain('（閲覧制限のケースのため記載しません）');
    // Five unrestricted cases, seven copies: the address of the restricted one is the same
    // fixture address, so count it.
    expect(text.split('みどり町本町2-14-3').length - 1).toBe(5 * 7);
  });

  it('prints 本人の思い on each case', () => {
    const text = squash(pdfText(file));
    expect(text.split('本人の思い').length - 1).toBe(6 * 7);
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
