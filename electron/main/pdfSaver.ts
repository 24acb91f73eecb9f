import fs from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { PdfSaver } from '../services/print/pdfSaver';
import { hardenedWebPreferences } from './security';

/**
 * PDFとして保存 for the desktop app: the system save dialog, then the document rendered in a
 * hidden, sandboxed window and printed to an A4 PDF. The print document carries its own CSP
 * (`default-src 'none'`), so it runs no script of its own; the embedded fonts are awaited
 * before printing, or Chromium prints fallback glyphs.
 */
export function createPdfSaver(getParent: () => BrowserWindow | undefined): PdfSaver {
  return {
    choosePath: async (suggestedFileName) => {
      const parent = getParent();
      const options = {
        title: 'PDFとして保存',
        defaultPath: suggestedFileName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    write: async (html, path) => {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { ...hardenedWebPreferences },
      });
      try {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
        await fs.writeFile(path, pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
