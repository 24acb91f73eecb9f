import { cssString } from './cssString';
import { printFontFamily } from './printFonts';

/** What runs along every printed page: the office top left, the date top right, a label below. */
export type PageMarks = {
  topLeft: string;
  topRight: string;
  bottomLeft: string;
  bottomRight: string;
};

const fontStack = `'${printFontFamily}', 'Noto Sans JP', sans-serif`;

/**
 * The widths of the margin boxes (the content is 170 mm wide). Each box has a fixed share and
 * wraps inside it, so no text can run into its neighbour however long an office, meeting or
 * person's name is: a box given only its content's width overflows over the page number.
 * The top row leaves the centre wide enough for a numbered copy's mark.
 */
const boxWidths: Record<string, string> = {
  'top-left': '52mm',
  'top-center': '66mm',
  'top-right': '52mm',
  'bottom-left': '68mm',
  'bottom-center': '34mm',
  'bottom-right': '68mm',
};

function marginBox(
  box: string,
  text: string,
  align: string,
  style = 'font-size:8pt;color:#333;',
): string {
  if (text === '') return '';
  // Bottom boxes start at the top of the margin, top boxes end at its bottom, so a wrapped label
  // grows away from the body.
  const vertical = box.startsWith('bottom') ? 'top' : 'bottom';
  return `@${box}{content:${cssString(text)};font-family:${fontStack};${style}text-align:${align};width:${boxWidths[box] ?? 'auto'};white-space:normal;line-height:1.3;vertical-align:${vertical};padding:2mm 0;}`;
}

/**
 * A named page (CSS `page:`) with its own mark at the top centre, on every page of the elements of
 * class `page-<name>`: each numbered copy of a 会議資料 says which copy it is on every sheet.
 * `ownPageNumbers`: the page number counts the pages of this name only (「- 1 -」, 「- 2 -」 …), so
 * each copy is numbered on its own instead of across the whole print.
 */
export type NamedPage = { name: string; topCenter: string; ownPageNumbers?: boolean };

// Chromium keeps no per-element page counter (a counter-reset on the element is ignored), but it
// does count a counter incremented in a named @page rule, separately for each name: checked on
// Chromium 156 (copies of 3 pages each read 1 2 3, 1 2 3, 1 2 3). The total pages of one copy is
// not known to CSS, hence 「- n -」 and the 「以上」 the copy ends with.
function ownPageNumberCss(name: string): string {
  const counter = `page-of-${name}`;
  return `counter-increment:${counter};
@bottom-center{content:"- " counter(${counter}) " -";font-family:${fontStack};font-size:9pt;
  white-space:nowrap;text-align:center;width:${boxWidths['bottom-center']};vertical-align:top;padding:2mm 0;}`;
}

/** The @page rules and classes of named pages; the shared marks still apply. */
export function namedPagesCss(pages: readonly NamedPage[]): string {
  return pages
    .map(({ name, topCenter, ownPageNumbers }) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`not a page name: ${name}`);
      const box = marginBox('top-center', topCenter, 'center', 'font-size:9pt;color:#000;');
      const numbers = ownPageNumbers === true ? ownPageNumberCss(name) : '';
      return `@page ${name}{${box}${numbers}}\n.page-${name}{page:${name};}`;
    })
    .join('\n');
}

/**
 * The print stylesheet shared by every form: A4 portrait, 20 mm margins, the page marks and
 * "n / m" in the margin boxes, kinsoku line breaking, rows never split across pages, a repeated
 * table head. On screen (the preview) the body looks like a sheet of A4.
 */
export function printCss(marks: PageMarks): string {
  return `
@page{size:A4 portrait;margin:20mm;
${marginBox('top-left', marks.topLeft, 'left')}
${marginBox('top-right', marks.topRight, 'right')}
${marginBox('bottom-left', marks.bottomLeft, 'left')}
@bottom-center{content:counter(page) " / " counter(pages);font-family:${fontStack};font-size:9pt;
  word-spacing:.3em;white-space:nowrap;text-align:center;width:${boxWidths['bottom-center']};
  vertical-align:top;padding:2mm 0;}
${marginBox('bottom-right', marks.bottomRight, 'right')}
}
*,*::before,*::after{box-sizing:border-box;}
html{font-family:${fontStack};font-size:9.5pt;line-height:1.5;color:#111;
  -webkit-print-color-adjust:exact;print-color-adjust:exact;}
body{margin:0;line-break:strict;word-break:normal;overflow-wrap:anywhere;}
.doc-head{position:relative;margin:0 0 3.5mm;padding-bottom:2mm;border-bottom:.6mm double #111;}
h1.doc-title{font-size:17pt;font-weight:700;text-align:center;letter-spacing:.35em;margin:0;}
.doc-aside{position:absolute;right:0;bottom:2mm;font-size:9pt;}
h2{font-size:10.5pt;font-weight:700;margin:3.5mm 0 1mm;padding:.4mm 2mm;border-left:1.6mm solid #333;
  background:#ececec;break-after:avoid;}
p{margin:0 0 1.5mm;}
table{width:100%;border-collapse:collapse;table-layout:fixed;}
th,td{border:.25mm solid #444;padding:.9mm 1.8mm;vertical-align:top;text-align:left;}
th{background:#f1f1f1;font-weight:400;}
thead{display:table-header-group;}
thead th{text-align:center;vertical-align:middle;}
tr,.keep{break-inside:avoid;}
.multiline{white-space:pre-wrap;}
.muted{color:#555;}
.nowrap{white-space:nowrap;}
.num{text-align:right;font-variant-numeric:tabular-nums;}
.center{text-align:center;}
table.fields col.label{width:22mm;}
table.fields th{white-space:nowrap;}
.signature{border:.4mm solid #111;padding:3mm 5mm 2.5mm;}
.signature .statement{margin:0 0 2mm;line-height:1.7;}
table.signature-lines th,table.signature-lines td{border:none;background:none;}
table.signature-lines th{width:22mm;padding:2.5mm 0 .8mm;text-align:left;vertical-align:bottom;}
table.signature-lines td.blank{border-bottom:.25mm solid #111;padding:2.5mm 2mm .8mm;vertical-align:bottom;}
table.signature-lines td.suffix{width:55mm;padding:2.5mm 0 .8mm 2mm;vertical-align:bottom;white-space:nowrap;}
@media screen{
  html{background:#8a8f94;}
  body{width:210mm;min-height:297mm;margin:6mm auto;padding:20mm;background:#fff;
    box-shadow:0 1mm 4mm rgba(0,0,0,.35);}
}
`;
}
