import type { Page } from '@playwright/test';

// These run in the page as strings: the scripts are type-checked without the DOM library, and
// Playwright calls a string only as an expression, so each names its root by a CSS selector.

/**
 * The texts of the badges inside `selector` whose label is cut (an ellipsis instead of the end of
 * the word): a badge label is drawn whole when it and its badge are as wide as its text.
 */
export async function cutBadges(page: Page, selector: string): Promise<string[]> {
  return page.evaluate<string[]>(`[...document.querySelector(${JSON.stringify(selector)})
      .querySelectorAll('.mantine-Badge-label')]
    .filter((label) => label.scrollWidth > label.clientWidth + 1
      || label.closest('.mantine-Badge-root').getBoundingClientRect().width + 1 < label.scrollWidth)
    .map((label) => label.textContent)`);
}

/**
 * Each text inside `selector` that matches `pattern` (a RegExp source) and the number of lines it
 * is drawn on: one, unless the layout breaks it (「管理／者」, 「R8-／0020」).
 */
export async function linesOfMatches(
  page: Page,
  selector: string,
  pattern: string,
): Promise<Array<{ text: string; lines: number }>> {
  return page.evaluate<Array<{ text: string; lines: number }>>(`(() => {
    const found = [];
    const root = document.querySelector(${JSON.stringify(selector)});
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(new RegExp(${JSON.stringify(pattern)}, 'gu'))) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        found.push({ text: match[0], lines: tops.size });
      }
    }
    return found;
  })()`);
}
