const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The bytes of base64 text (the harness carries files as JSON). */
export function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Lets the browser save a workbook the main side built (the web harness, where no save dialog
 * of the app exists): a Blob, a temporary link with the file name, a click, then cleanup.
 */
export function downloadXlsx(fileName: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([bytesOfBase64(base64)], { type: xlsxType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; free the Blob a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
