import fs from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { FileSaver } from '../services/excel/workbook/fileSaver';

/**
 * Excel out for the desktop app: the system save dialog, then the bytes written to a temporary
 * file beside the chosen one and renamed over it, so a failed write never leaves half a workbook
 * where the user expects the old file or a good one.
 */
export function createFileSaver(getParent: () => BrowserWindow | undefined): FileSaver {
  return {
    choosePath: async (suggestedFileName, kind) => {
      const parent = getParent();
      const options = {
        title: kind.title,
        defaultPath: suggestedFileName,
        filters: [{ name: kind.filterName, extensions: kind.extensions }],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    write: async (file, bytes) => {
      const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
      try {
        await fs.writeFile(temporary, bytes);
        await fs.rename(temporary, file);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
