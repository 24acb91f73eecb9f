import { chromium, type Browser } from 'playwright-core';

/** Flags for headless Chromium on these machines (TOOLCHAIN.md): no sandbox, GPU or networking. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

// Runs in the page (a string: the Node side has no DOM types). Loads every embedded face, then
// waits for the font set, so no glyph is drawn with a fallback or left blank.
const loadEveryFont =
  'Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => undefined)';

/** A running Chromium that renders print documents to PDF; keep it warm for many documents. */
export type PdfRenderer = {
  /** Renders one complete print document to an A4 PDF at `outPath`. */
  render: (documentHtml: string, outPath: string) => Promise<void>;
  close: () => Promise<void>;
};

/**
 * Starts Chromium (`executablePath` from findChromium) for rendering print documents. Pages have
 * no network and no scripts: the documents are self-contained (fonts embedded as data: URLs).
 * Warm renders reuse one page (a new page costs about as much as the render itself), so they run
 * one at a time, in the order asked.
 */
export async function launchPdfRenderer(
  executablePath: string,
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<PdfRenderer> {
  const browser: Browser = await chromium.launch({
    executablePath,
    args: [...chromiumFlags],
    headless: true,
    // Tests hide the system's CJK fonts this way (FONTCONFIG_FILE) to prove the bundled one is used.
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
  const page = await context.newPage();
  let queue: Promise<unknown> = Promise.resolve();
  const renderNow = async (documentHtml: string, outPath: string) => {
    await page.setContent(documentHtml, { waitUntil: 'load' });
    // Embedded fonts load lazily; a PDF taken before they are ready has blank text.
    await page.evaluate(loadEveryFont);
    // @page (size, margins, margin boxes) decides the layout, as it does when Electron prints.
    await page.pdf({ path: outPath, preferCSSPageSize: true, printBackground: true });
  };
  return {
    render: (documentHtml, outPath) => {
      const done = queue.then(() => renderNow(documentHtml, outPath));
      queue = done.catch(() => undefined);
      return done;
    },
    close: () => browser.close(),
  };
}

/** Renders one document cold: starts Chromium, writes the PDF, stops Chromium. */
export async function renderPdf(
  documentHtml: string,
  outPath: string,
  executablePath: string,
): Promise<void> {
  const renderer = await launchPdfRenderer(executablePath);
  try {
    await renderer.render(documentHtml, outPath);
  } finally {
    await renderer.close();
  }
}
