import { Stack, Stepper } from '@mantine/core';
import { ja } from '../../i18n/ja';
import { ImportBusy } from './ImportBusy';
import { ImportDone } from './ImportDone';
import { ImportFilePicker } from './ImportFilePicker';
import { ImportPreview } from './ImportPreview';
import { useImportWizard } from './useImportWizard';

// After the import every step is complete (Mantine marks all steps done past the last index).
const stepIndex = { pick: 0, preview: 1, done: 3 } as const;

/**
 * 旧台帳の取り込み: pick the file → see the recognised columns, the first rows and every problem
 * → import (all or nothing, or leaving out the rows with errors) → see what was imported.
 */
export function ImportWizard({ isAdmin }: { isAdmin: boolean }) {
  const t = ja.excelImport;
  const w = useImportWizard();
  const { wizard } = w;
  return (
    <Stack gap="md">
      <Stepper active={stepIndex[wizard.step]} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t.steps.pick} />
        <Stepper.Step label={t.steps.preview} />
        <Stepper.Step label={t.steps.done} />
      </Stepper>
      {w.busy !== null && (
        <ImportBusy
          message={
            w.busy === 'reading' || wizard.step !== 'preview'
              ? t.reading
              : t.importing(wizard.preview.counts.ready)
          }
        />
      )}
      {wizard.step === 'pick' && (
        <ImportFilePicker
          kind={w.kind}
          file={w.file}
          busy={w.busy !== null}
          error={w.error}
          onKind={w.setKind}
          onFile={w.setFile}
          onRead={w.read}
        />
      )}
      {wizard.step === 'preview' && (
        <ImportPreview
          preview={wizard.preview}
          file={wizard}
          mappings={w.mappings}
          isAdmin={isAdmin}
          onRemap={w.remap}
          onReread={w.reread}
          skipInvalid={w.skipInvalid}
          busy={w.busy !== null}
          error={w.error}
          onSkipInvalid={w.setSkipInvalid}
          onImport={w.run}
          onBack={w.back}
        />
      )}
      {wizard.step === 'done' && <ImportDone result={wizard.result} onAgain={w.again} />}
    </Stack>
  );
}
