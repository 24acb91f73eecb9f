/**
 * Saving an exported file is the operating system's part (a save dialog, then the write): the
 * desktop shell provides it, the web harness does not (there the browser downloads the bytes).
 * Services see only this port.
 */
export type FileSaver = {
  /** Asks where to save, offering the name and the kind of file; null when the user cancels. */
  choosePath: (suggestedFileName: string, kind: SavedFileKind) => Promise<string | null>;
  /** Writes the bytes to the path the user chose. */
  write: (path: string, bytes: Uint8Array) => Promise<void>;
};

/** How the save dialog names and filters the file. */
export type SavedFileKind = { title: string; filterName: string; extensions: string[] };

export const xlsxFileKind: SavedFileKind = {
  title: 'Excel ファイルとして保存',
  filterName: 'Excel ブック',
  extensions: ['xlsx'],
};
