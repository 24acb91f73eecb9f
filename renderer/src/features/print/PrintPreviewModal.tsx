import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import { ja } from '../../i18n/ja';
import { useLoaded } from '../caseDetail/useLoaded';
import { NotesRangeBar } from './NotesRangeBar';
import { PrintFrame } from './PrintFrame';
import { SavePdfButton } from './SavePdfButton';
import { loadPrintedDocument, type PrintRequest } from './printRequest';

type Props = { request: PrintRequest; onClose: () => void };

/**
 * 印刷プレビュー: the document the main side built, shown as it will print, with 「印刷」 calling
 * the frame's print() (in the web harness, the browser's print of the same HTML). 経過記録 has
 * its 期間 above the preview. Mounted only while open, so every opening prints afresh (audited).
 */
export function PrintPreviewModal({ request: initial, onClose }: Props) {
  const t = ja.print;
  const [request, setRequest] = useState(initial);
  const load = useCallback(() => loadPrintedDocument(request), [request]);
  const { state } = useLoaded(load);
  const frame = useRef<HTMLIFrameElement>(null);
  const title = state.kind === 'ready' ? state.value.title : t.preview;

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="min(1000px, 96vw)"
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          {request.form === 'notes' ? (
            <NotesRangeBar
              onShow={(range) => setRequest({ ...range, form: 'notes', caseId: request.caseId })}
            />
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t.close}
            </Button>
            <SavePdfButton request={request} disabled={state.kind !== 'ready'} />
            <Button
              disabled={state.kind !== 'ready'}
              onClick={() => frame.current?.contentWindow?.print()}
            >
              {t.print}
            </Button>
          </Group>
        </Group>
        {state.kind === 'loading' && (
          <Group gap="xs" mih={120} justify="center">
            <Loader size="sm" color="teal" />
            <Text c="dimmed">{t.loading}</Text>
          </Group>
        )}
        {state.kind === 'failed' && (
          <Alert color="red" title={t.failed} role="alert">
            {state.error.message}
          </Alert>
        )}
        {state.kind === 'ready' && (
          <PrintFrame ref={frame} html={state.value.html} title={state.value.title} />
        )}
      </Stack>
    </Modal>
  );
}
