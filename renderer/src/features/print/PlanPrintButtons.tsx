import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { ja } from '../../i18n/ja';
import { PrintPreviewModal } from './PrintPreviewModal';
import type { PrintRequest } from './printRequest';

type Props = { caseId: number; version: number; planId: number; evaluated: boolean };

/** On a plan version: print that version, and its latest 評価シート once it has been evaluated. */
export function PlanPrintButtons({ caseId, version, planId, evaluated }: Props) {
  const t = ja.print;
  const [request, setRequest] = useState<PrintRequest | null>(null);
  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="xs"
        onClick={() => setRequest({ form: 'plan', caseId, version })}
      >
        {t.planVersion}
      </Button>
      {evaluated && (
        <Button
          variant="default"
          size="xs"
          onClick={() => setRequest({ form: 'evaluation', planId })}
        >
          {t.evaluation}
        </Button>
      )}
      {request && <PrintPreviewModal request={request} onClose={() => setRequest(null)} />}
    </Group>
  );
}
