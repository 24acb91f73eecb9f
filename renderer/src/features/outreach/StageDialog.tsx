import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { outreachStages } from '../../../../electron/contract/communityCodes';
import type { OutreachView } from '../../../../electron/contract/schemas/outreach';
import { call } from '../../api/call';
import { todayInJapan } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  emptyStageValues,
  toStageInput,
  validateStage,
  type StageFormValues,
  type StageTarget,
} from './stageFormValues';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  targetId: number;
  /** The stage to set; null while closed. */
  stage: StageTarget | null;
  onClose: () => void;
  onSaved: (target: OutreachView) => void;
};

/** Sets the stage on a date with a note, or ends the outreach with its reason (終了). */
export function StageDialog({ targetId, stage, onClose, onSaved }: Props) {
  const t = ja.outreach;
  const title =
    stage === 'ended' ? t.endTitle : stage ? t.stageTitle(outreachStages.labels[stage]) : '';
  return (
    <Modal
      opened={stage !== null}
      onClose={onClose}
      title={title}
      size={560}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700 } }}
    >
      {stage && (
        <StageForm targetId={targetId} stage={stage} onCancel={onClose} onSaved={onSaved} />
      )}
    </Modal>
  );
}

function StageForm({
  targetId,
  stage,
  onCancel,
  onSaved,
}: {
  targetId: number;
  stage: StageTarget;
  onCancel: () => void;
  onSaved: (target: OutreachView) => void;
}) {
  const t = ja.outreach;
  const ending = stage === 'ended';
  const form = useForm<StageFormValues>({
    initialValues: emptyStageValues(todayInJapan()),
    validate: (values) => validateStage(stage, values, todayInJapan()),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    onSaved(await call('outreach.setStage', toStageInput(targetId, stage, values)));
  });
  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Stack gap="sm">
        {ending && <Text fz="sm">{t.endLead}</Text>}
        <JapaneseDateInput
          label={t.stageOn}
          w={190}
          withAsterisk
          rules={{ required: true, notAfter: todayInJapan() }}
          {...form.getInputProps('on')}
          value={form.values.on}
        />
        <Textarea
          label={ending ? t.endReason : t.stageReason}
          placeholder={ending ? t.endReasonHint : t.stageReasonHint}
          withAsterisk={ending}
          data-autofocus
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('reason')}
        />
        <FormFooter
          error={error}
          busy={busy}
          submitLabel={ending ? t.endSubmit : t.stageSubmit}
          onCancel={onCancel}
          submitColor={ending ? 'red' : undefined}
        />
      </Stack>
    </form>
  );
}
