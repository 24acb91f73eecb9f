/**
 * Saving a print document as a PDF file is the operating system's part (a save dialog, a
 * renderer that prints to PDF): the desktop shell provides it, the web harness does not (there
 * the browser's own print dialog offers "PDF に保存"). Services see only this port.
 */
export type PdfSaver = {
  /** Asks where to save; null when the user cancels. */
  choosePath: (suggestedFileName: string) => Promise<string | null>;
  /** Renders the complete HTML document to an A4 PDF at `path` (fonts loaded first). */
  write: (html: string, path: string) => Promise<void>;
};
