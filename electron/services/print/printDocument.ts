import { html, styleHtml, type SafeHtml } from './html';
import { namedPagesCss, printCss, type NamedPage } from './printCss';
import { embeddedFontCss } from './printFonts';
import { warekiDate } from './wareki';

/** One printed document: the frame every form shares. */
export type PrintDocumentInput = {
  /** The form's name: the <title> and the heading of page 1 (相談受付・申込票). */
  title: string;
  /** The office, top left of every page. */
  municipalityName: string;
  /** 作成日 (ISO), printed in 和暦 top right of every page. */
  createdOn: string;
  /** The form itself, built with `html`. */
  bodyHtml: SafeHtml;
  /** Beside the title on the right (a case number box, a version): small, on page 1 only. */
  titleAsideHtml?: SafeHtml;
  /** Bottom left of every page, so loose sheets can be put back together (R8-0001 山田 太郎). */
  footerLabel?: string;
  /** Styles of this form only, after the shared print stylesheet. */
  formCss?: string;
  /** Prints 取扱注意 bottom right (records of 要配慮個人情報 kept by the office). */
  confidential?: boolean;
  /** Pages with their own top-centre mark (numbered copies); the body uses `page-<name>`. */
  namedPages?: readonly NamedPage[];
  /** The body prints the heading itself (`docHeadHtml`), e.g. once at the top of every copy. */
  headInBody?: boolean;
  /** Where @fontsource/noto-sans-jp is; found from node_modules when omitted. */
  fontDir?: string;
};

/** No scripts, no fetches: the document is inert wherever it is opened (preview, print, PDF). */
const documentPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

// Bold is only headings and <strong> (labels are plain on grey): their characters get the 700
// subsets, which keeps the bold weight to a few subsets. Anything else set bold would fall back
// to a synthesised bold of the 400 face.
const boldElements = /<(h1|h2|h3|strong)\b[^>]*>([\s\S]*?)<\/\1>/g;

function boldTextOf(bodyHtml: string): string {
  return [...bodyHtml.matchAll(boldElements)].map((m) => m[2] ?? '').join('');
}

/** The form's heading: its title centred over a double rule, the aside on the right. */
export function docHeadHtml(title: string, asideHtml?: SafeHtml): SafeHtml {
  return html`<div class="doc-head">
    <h1 class="doc-title">${title}</h1>
    ${asideHtml === undefined ? '' : html`<div class="doc-aside">${asideHtml}</div>`}
  </div>`;
}

/**
 * A complete, self-contained HTML document for one form: doctype, lang="ja", the print CSS (A4
 * portrait, 20 mm margins, page marks, "n / m"), and the Japanese font embedded for exactly the
 * characters used. Electron prints it, Chromium renders it to PDF, the preview shows it.
 */
export function printDocument(input: PrintDocumentInput): string {
  const createdText = `作成日 ${warekiDate(input.createdOn)}`;
  const marks = {
    topLeft: input.municipalityName,
    topRight: createdText,
    bottomLeft: input.footerLabel ?? '',
    bottomRight: input.confidential === true ? '取扱注意' : '',
  };
  const bodyText = input.bodyHtml.value;
  const namedPages = input.namedPages ?? [];
  const namedText = namedPages.map((p) => p.topCenter).join('');
  const pageText = `${Object.values(marks).join('')}${namedText}0123456789 /-`;
  const fontCss = embeddedFontCss(
    {
      400: `${input.title}${pageText}${bodyText}`,
      700: `${input.title}${boldTextOf(bodyText)}0123456789`,
    },
    input.fontDir,
  );
  const documentHtml = html`<!doctype html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${documentPolicy}" />
        <title>${input.title}</title>
        <style>
          ${styleHtml(fontCss)}
          ${styleHtml(printCss(marks))}
          ${styleHtml(namedPagesCss(namedPages))}
          ${styleHtml(input.formCss ?? '')}
        </style>
      </head>
      <body>
        ${input.headInBody === true ? '' : docHeadHtml(input.title, input.titleAsideHtml)}
        ${input.bodyHtml}
      </body>
    </html> `;
  return documentHtml.value;
}
