import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { isDesktop } from '../../api/transport';
import { ja } from '../../i18n/ja';
import type { PrintRequest } from './printRequest';

/**
 * 「PDFとして保存」, in the desktop app only: the main side asks where to save and writes the
 * same document as a PDF (audited). In a browser the print dialog offers its own PDF saving.
 */
export function SavePdfButton({ request, disabled }: { request: PrintRequest; disabled: boolean }) {
  const t = ja.print;
  const [busy, setBusy] = useState(false);
  if (!isDesktop()) return null;
  const save = async () => {
    setBusy(true);
    try {
      const { saved } = await call('print.savePdf', request);
      if (saved) notifications.show({ color: 'teal', message: t.savedPdf });
    } catch (error) {
      notifications.show({ color: 'red', title: t.failed, message: asApiError(error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" disabled={disabled} loading={busy} onClick={() => void save()}>
      {t.savePdf}
    </Button>
  );
}
