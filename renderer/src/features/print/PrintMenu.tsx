import { Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { ja } from '../../i18n/ja';
import { PrintPreviewModal } from './PrintPreviewModal';
import type { PrintRequest } from './printRequest';

/** 「印刷」 on the case screen: 相談受付・申込票, 支援プラン (latest) or 経過記録, each opening a print preview. */
export function PrintMenu({ caseId }: { caseId: number }) {
  const t = ja.print;
  const [request, setRequest] = useState<PrintRequest | null>(null);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default">{t.menu}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setRequest({ form: 'intake', caseId })}>{t.intake}</Menu.Item>
          <Menu.Item onClick={() => setRequest({ form: 'plan', caseId })}>{t.plan}</Menu.Item>
          <Menu.Item onClick={() => setRequest({ form: 'notes', caseId })}>
            {t.notes}
            <Text span fz="xs" c="dimmed" ml={8}>
              {t.notesHint}
            </Text>
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {request && <PrintPreviewModal request={request} onClose={() => setRequest(null)} />}
    </>
  );
}
