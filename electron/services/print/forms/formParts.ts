import { escapeHtml, html, SafeHtml, type HtmlValue } from '../html';

/** One label and its value in a field table; `wide` spans the rest of the row. */
export type FieldCell = { label: string; valueHtml: HtmlValue; wide?: boolean };

/**
 * A bordered table of labelled fields, two pairs to a row (label | value | label | value), as
 * Japanese office forms lay them out. A `wide` field takes a row of its own.
 */
export function fieldTableHtml(cells: readonly FieldCell[], className = ''): SafeHtml {
  const rows: FieldCell[][] = [];
  for (const cell of cells) {
    const last = rows.at(-1);
    if (cell.wide !== true && last?.length === 1 && last[0]?.wide !== true) last.push(cell);
    else rows.push([cell]);
  }
  const rowsHtml = rows.map((row) => {
    const [first, second] = row;
    if (!first) return html``;
    const span = second === undefined ? 3 : 1;
    return html`<tr>
      <th>${first.label}</th>
      <td colspan="${span}">${first.valueHtml}</td>
      ${
        second === undefined
          ? ''
          : html`<th>${second.label}</th>
              <td>${second.valueHtml}</td>`
      }
    </tr>`;
  });
  return html`<table class="fields ${className}">
    <colgroup>
      <col class="label" />
      <col />
      <col class="label" />
      <col />
    </colgroup>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

/** A titled section of a form; `keep` stops it from being split across pages. */
export function sectionHtml(title: string, contentHtml: SafeHtml, keep = false): SafeHtml {
  return html`<section class="${keep ? 'keep' : ''}">
    <h2>${title}</h2>
    ${contentHtml}
  </section>`;
}

/**
 * Multi-line text kept as typed (line breaks and indentation), escaped. Built without the `html`
 * template on purpose: a formatter may re-indent a template, and in a pre-wrap element every
 * added space would print.
 */
export function multilineHtml(text: string, className = ''): SafeHtml {
  return new SafeHtml(`<div class="multiline ${escapeHtml(className)}">${escapeHtml(text)}</div>`);
}

/** One line of a signature block: a label and a blank to write on, or pre-printed text. */
export type SignatureLine = { label: string; filledHtml?: HtmlValue; suffix?: string };

/**
 * The block a person signs: the statement, then lines to write the date, the signature and who
 * wrote it for them. Used by 相談受付・申込票 and, later, the 支援プラン's 本人同意.
 */
export function signatureBlockHtml(statement: string, lines: readonly SignatureLine[]): SafeHtml {
  const linesHtml = lines.map(
    (line) =>
      html`<tr>
        <th>${line.label}</th>
        <td class="blank">${line.filledHtml ?? ''}</td>
        <td class="suffix">${line.suffix ?? ''}</td>
      </tr>`,
  );
  return html`<div class="signature keep">
    <p class="statement">${statement}</p>
    <table class="signature-lines">
      <tbody>
        ${linesHtml}
      </tbody>
    </table>
  </div>`;
}

/** The 和暦 date line left blank for the hand: 令和, then wide blanks before 年, 月 and 日. */
export const blankWarekiDate = '令和　　　年　　　月　　　日';
