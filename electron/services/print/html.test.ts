import { describe, expect, it } from 'vitest';
import { cssString } from './cssString';
import { escapeHtml, html, joinHtml, SafeHtml, styleHtml } from './html';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    ['" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ["'single'", '&#39;single&#39;'],
    ['山田 太郎', '山田 太郎'],
    ['𠮷野 髙﨑', '𠮷野 髙﨑'],
  ])('%s', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('html', () => {
  it('escapes every interpolated string, in a body and in a quoted attribute', () => {
    const name = '<script>alert(1)</script>';
    const title = '" onmouseover="alert(1)';
    const out = html`<td title="${title}">${name}</td>`.value;
    expect(out).toBe(
      '<td title="&quot; onmouseover=&quot;alert(1)">&lt;script&gt;alert(1)&lt;/script&gt;</td>',
    );
  });

  it('keeps nested fragments, joins arrays, drops null and undefined, prints numbers', () => {
    const itemsHtml = ['a<', 'b>'].map((s) => html`<li>${s}</li>`);
    const out = html`<ul>
        ${itemsHtml}
      </ul>
      ${null}${undefined}${42}`.value;
    expect(out.replace(/\s+/g, '')).toBe('<ul><li>a&lt;</li><li>b&gt;</li></ul>42');
  });

  it('treats a string that looks like HTML as text, even when it came from html before', () => {
    const fragmentHtml = html`<b>${'x'}</b>`;
    expect(html`${fragmentHtml.value}`.value).toBe('&lt;b&gt;x&lt;/b&gt;');
    expect(html`${fragmentHtml}`).toBeInstanceOf(SafeHtml);
  });

  it('joinHtml escapes a text separator', () => {
    expect(joinHtml(['a', html`<hr />`, 'c'], ' & ').value).toBe('a &amp; <hr /> &amp; c');
  });
});

describe('styleHtml', () => {
  it('refuses a stylesheet that could close its element', () => {
    expect(() => styleHtml('p{}</style><script>')).toThrow();
    expect(() => styleHtml('p{} <!-- x')).toThrow();
    expect(styleHtml('p{color:red}').value).toBe('p{color:red}');
  });
});

describe('cssString', () => {
  it('keeps letters and digits, escapes quotes, backslashes and markup', () => {
    expect(cssString('みどり町 8')).toBe('"みどり町 8"');
    const hostile = cssString('"</style><script>alert(1)</script>\\');
    expect(hostile).not.toMatch(/[<>]/);
    expect(hostile.slice(1, -1)).not.toContain('"');
    expect(hostile).toContain('\\22 ');
    expect(hostile).toContain('\\3c ');
  });
});
