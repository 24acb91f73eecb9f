import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { AppError } from '../../electron/contract/errors';
import { intakeFormHtml } from '../../electron/services/print/forms/intakeFormHtml';
import {
  sampleCaseDetail,
  sampleNote,
  samplePerson,
  testPrintContext,
} from '../../electron/services/print/forms/printFixture.testing';
import { progressNotesHtml } from '../../electron/services/print/forms/progressNotesHtml';
import { findChromium } from './findChromium';
import { pdfFonts, pdfInfo, pdfPageCount, pdfText, pdfWords } from './pdfTools.testing';
import { launchPdfRenderer, renderPdf, type PdfRenderer } from './renderPdf';

let dir: string;
let renderer: PdfRenderer;
const chromium = findChromium(process.env);

beforeAll(async () => {
  dir = createTempDir('kasane-pdf-');
  renderer = await launchPdfRenderer(chromium);
});
afterAll(async () => {
  await renderer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Whitespace-free text, so a test does not depend on where pdftotext puts spaces and breaks. */
const squash = (text: string) => text.replace(/\s+/g, '');

function expectA4(file: string) {
  expect(pdfInfo(file)['Page size']).toMatch(/^594\.96 x 841\.92 pts \(A4\)$/);
}

function expectOnlyTheBundledFont(file: string) {
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    // The app's Noto Sans JP (from @fontsource), embedded; never a system CJK font or a Type 3
    // stand-in drawn while a web font was still loading.
    expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansJP/);
    expect(font.name).not.toMatch(/CJK/i);
    expect(font.type).toBe('CID TrueType');
    expect(font.embedded).toBe(true);
  }
}

describe('renderPdf: 相談受付・申込票', () => {
  it('is A4 pages with the name, the form, the 和暦 date, the page numbers and the bundled font', async () => {
    const hostile = '<script>alert(1)</script>';
    const members = [samplePerson(), samplePerson({ id: 12, name: hostile, relationship: '長男' })];
    const file = path.join(dir, 'intake.pdf');
    await renderPdf(intakeFormHtml(sampleCaseDetail(), testPrintContext, members), file, chromium);

    expectA4(file);
    // The form with its 生活の状況 and the two signature boxes takes two sheets.
    expect(pdfPageCount(file)).toBe(2);
    const text = pdfText(file);
    expect(text).toContain('山田 太郎');
    expect(squash(text)).toContain('相談受付・申込票');
    expect(text).toContain('令和8年4月1日');
    expect(text).toContain('作成日 令和8年11月27日');
    expect(text).toContain('みどり町');
    expect(text).toContain('1 / 2');
    expect(squash(text)).toContain('相談し支援を受けることを申し込みます。');
    // The script in a member's name was printed as text.
    expect(squash(text)).toContain(hostile);
    expectOnlyTheBundledFont(file);
  });
});

describe('renderPdf: 経過記録 of 60 long notes', () => {
  const long =
    '本人宅を訪問し、長男と面談した。生活の状況、食事、通院、金銭管理について順に聞き取った。';
  const notes = Array.from({ length: 60 }, (_, i) =>
    sampleNote(i, {
      facts: `N${i}S ${long.repeat(2 + (i % 3))}`,
      assessment: i % 2 === 0 ? `所見です。${long}` : '',
      nextAction: `${i % 4 === 0 ? long : '2週間後に再訪問。'} N${i}E`,
    }),
  );
  let file: string;
  let pages: number;

  beforeAll(async () => {
    file = path.join(dir, 'notes.pdf');
    const doc = progressNotesHtml(
      sampleCaseDetail(),
      [...notes].reverse(),
      { from: null, to: null },
      testPrintContext,
    );
    await renderer.render(doc, file);
    pages = pdfPageCount(file);
  });

  it('breaks across several A4 pages numbered "n / m"', () => {
    expectA4(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pdfText(file, 1)).toContain(`1 / ${pages}`);
    expect(pdfText(file, pages)).toContain(`${pages} / ${pages}`);
    expect(pdfText(file, 2)).toContain('みどり町');
    expect(pdfText(file, 2)).toContain('取扱注意');
    expectOnlyTheBundledFont(file);
  });

  it('never cuts a note across pages: each row starts and ends on the same page', () => {
    const pageTexts = Array.from({ length: pages }, (_, i) => squash(pdfText(file, i + 1)));
    for (let i = 0; i < notes.length; i++) {
      const starts = pageTexts.flatMap((text, p) => (text.includes(`N${i}S`) ? [p] : []));
      const ends = pageTexts.flatMap((text, p) => (text.includes(`N${i}E`) ? [p] : []));
      expect(starts, `note ${i}`).toHaveLength(1);
      expect(ends, `note ${i}`).toEqual(starts);
    }
  });

  it('repeats the table head on every page and keeps the notes oldest first', () => {
    const firstOnPage = Array.from({ length: pages }, (_, p) => {
      const text = squash(pdfText(file, p + 1, { layout: true }));
      expect(text, `page ${p + 1}`).toContain('日時手段相手担当内容分');
      return Number(/N(\d+)S/.exec(text)?.[1]);
    });
    expect(firstOnPage[0]).toBe(0);
    expect([...firstOnPage].sort((a, b) => a - b)).toEqual(firstOnPage);
  });
});

// Issue 18: 令和10年12月31日（金） is wider than the date column; it ran into 手段.
describe('renderPdf: 経過記録 with the longest 和暦 dates', () => {
  it('keeps every date inside its column', async () => {
    const file = path.join(dir, 'notes-long-dates.pdf');
    const notes = ['2028-12-31T10:00', '2027-11-30T23:59', '2019-05-01T09:00'].map((at, i) =>
      sampleNote(i, { occurredAt: at, facts: `記録${i}` }),
    );
    const doc = progressNotesHtml(
      sampleCaseDetail(),
      notes,
      { from: null, to: null },
      testPrintContext,
    );
    await renderer.render(doc, file);
    const words = pdfWords(file);
    const means = words.filter((w) => w.text === '訪問' || w.text === '手段');
    const meansLeft = Math.min(...means.map((w) => w.x0));
    const dateWords = words.filter((w) => /年|月|日（/.test(w.text) && w.x0 < meansLeft);
    expect(dateWords.length).toBeGreaterThanOrEqual(6);
    for (const word of dateWords) expect(word.x1, word.text).toBeLessThan(meansLeft - 1);
    const text = pdfText(file).replace(/\s+/g, '');
    // The year is a line of its own; pdftotext may read it apart from the day.
    for (const expected of [
      '令和10年',
      '12月31日（日）',
      '令和9年',
      '11月30日（火）',
      '令和元年',
      '5月1日（水）',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('renderPdf on a machine without Japanese fonts', () => {
  it('still prints every Japanese character, rare kanji included, from the bundled font', async () => {
    // A fontconfig that knows one Latin font folder and nothing else: no system CJK font.
    const latin = ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/dejavu'].find(
      (folder) => fs.existsSync(folder),
    );
    expect(latin, 'a Latin font folder for the bare fontconfig').toBeDefined();
    const conf = path.join(dir, 'fonts.conf');
    fs.writeFileSync(
      conf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${latin}</dir><cachedir>${dir}/fc-cache</cachedir></fontconfig>`,
    );
    const bare = await launchPdfRenderer(chromium, {
      env: { ...process.env, FONTCONFIG_FILE: conf },
    });
    try {
      // Control: a page without the embedded font loses its kanji here.
      const plainFile = path.join(dir, 'plain.pdf');
      await bare.render('<html lang="ja"><body><p>山田 太郎</p></body></html>', plainFile);
      expect(pdfText(plainFile)).not.toContain('山田');

      const file = path.join(dir, 'bare.pdf');
      const person = samplePerson({ name: '髙﨑 𠮷男', nameKana: 'たかさき よしお' });
      await bare.render(intakeFormHtml(sampleCaseDetail({ person }), testPrintContext), file);
      const text = squash(pdfText(file));
      for (const expected of ['髙﨑𠮷男', 'たかさきよしお', '相談受付・申込票', '令和8年4月1日']) {
        expect(text).toContain(expected);
      }
      expectOnlyTheBundledFont(file);
    } finally {
      await bare.close();
    }
  });
});

describe('launchPdfRenderer (warm)', () => {
  it('renders documents asked for at once, one after the other, each whole', async () => {
    const names = ['佐藤 一', '鈴木 二', '高橋 三'];
    const files = names.map((_, i) => path.join(dir, `warm-${i}.pdf`));
    await Promise.all(
      names.map((name, i) =>
        renderer.render(
          intakeFormHtml(sampleCaseDetail({ person: samplePerson({ name }) }), testPrintContext),
          files[i]!,
        ),
      ),
    );
    names.forEach((name, i) => expect(pdfText(files[i]!)).toContain(name));
  });
});

describe('findChromium', () => {
  it('finds the system Chromium here', () => {
    expect(fs.statSync(findChromium({})).isFile()).toBe(true);
  });

  it('says in Japanese when CHROME_PATH points nowhere', () => {
    expect(() => findChromium({ CHROME_PATH: path.join(dir, 'no-chromium') })).toThrow(AppError);
    expect(() => findChromium({ CHROME_PATH: path.join(dir, 'no-chromium') })).toThrow(
      /CHROME_PATH に指定された Chromium が見つかりません/,
    );
  });
});
