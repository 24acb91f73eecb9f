import { describe, expect, it } from 'vitest';
import { html } from './html';
import { printDocument } from './printDocument';

const base = {
  title: '相談受付・申込票',
  municipalityName: 'みどり町',
  createdOn: '2026-11-27',
  bodyHtml: html`<p>${'本文'}</p>`,
};

describe('printDocument', () => {
  it('is one complete Japanese HTML document with the A4 page rule', () => {
    const doc = printDocument(base);
    expect(doc).toMatch(/^<!doctype html>\s*<html lang="ja">\s*<head>\s*<meta charset="utf-8" \/>/);
    expect(doc).toContain('<title>相談受付・申込票</title>');
    expect(doc).toContain('<h1 class="doc-title">相談受付・申込票</h1>');
    expect(doc).toContain('<p>本文</p>');
    expect(doc).toMatch(/@page\{size:A4 portrait;margin:20mm;/);
    expect(doc).toContain('@bottom-center{content:counter(page) " / " counter(pages);');
    expect(doc).toContain('line-break:strict;word-break:normal;overflow-wrap:anywhere;');
    expect(doc).toContain('tr,.keep{break-inside:avoid;}');
    expect(doc).toContain('thead{display:table-header-group;}');
    expect(doc.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('prints the office and the 作成日 in 和暦 in the page margins', () => {
    const doc = printDocument(base);
    expect(doc).toContain('@top-left{content:"みどり町";');
    expect(doc).toContain('@top-right{content:"作成日 令和8年11月27日";');
    expect(printDocument({ ...base, createdOn: '2019-05-01' })).toContain('令和元年5月1日');
  });

  it('adds the footer label and 取扱注意 only when asked', () => {
    expect(printDocument(base)).not.toContain('@bottom-left');
    expect(printDocument(base)).not.toContain('@bottom-right');
    const doc = printDocument({ ...base, footerLabel: 'R8-0001 山田', confidential: true });
    expect(doc).toContain('@bottom-left{content:"R8\\2d 0001 山田";');
    expect(doc).toContain('@bottom-right{content:"取扱注意";');
  });

  it('gives named pages their own top-centre mark (numbered copies), refusing odd page names', () => {
    const doc = printDocument({
      ...base,
      namedPages: [{ name: 'copy-1', topCenter: '配布番号 1 会議終了後回収' }],
    });
    expect(doc).toMatch(/@page copy-1\{@top-center\{content:"配布番号 1 会議終了後回収";/);
    expect(doc).toContain('.page-copy-1{page:copy-1;}');
    expect(() =>
      printDocument({ ...base, namedPages: [{ name: 'x{}', topCenter: 'a' }] }),
    ).toThrow();
  });

  it('is inert: a CSP allowing no scripts and no fetches, fonts only as data: URLs', () => {
    const doc = printDocument(base);
    expect(doc).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; font-src data:; img-src data:" />',
    );
    expect(doc).not.toMatch(/<script/i);
    expect(doc).not.toMatch(/url\((?!data:)/);
    expect(doc).toContain("font-family:'Kasane Noto Sans JP'");
  });

  it('escapes a hostile office name and title wherever they go', () => {
    const hostile = '"</style><script>alert(1)</script>';
    const doc = printDocument({ ...base, title: hostile, municipalityName: hostile });
    expect(doc).not.toContain('<script>');
    expect(doc).toContain(
      '<title>&quot;&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>',
    );
    expect(doc.match(/<\/style>/g)).toHaveLength(1);
  });
});
