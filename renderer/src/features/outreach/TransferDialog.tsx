import { Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { fields } from '../../../../electron/contract';
import type {
  OutreachTransferResult,
  OutreachView,
} from '../../../../electron/contract/schemas/outreach';
import { call } from '../../api/call';
import { codeOptions } from '../../components/codes/codeOptions';
import { todayInJapan } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import { ChosenCard } from '../intake/ChosenCard';
import { PersonPicker, personHitLabel } from '../intake/PersonPicker';
import {
  emptyTransferValues,
  toTransferInput,
  validateTransfer,
  type TransferFormValues,
} from './transferFormValues';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  target: OutreachView;
  opened: boolean;
  onClose: () => void;
  onTransferred: (result: OutreachTransferResult) => void;
};

/** 支援へ移行: opens a case for this person (registered, or made from the record). */
export function TransferDialog({ target, opened, onClose, onTransferred }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={ja.outreach.transferTitle}
      size={720}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700 } }}
    >
      {opened && <TransferForm target={target} onCancel={onClose} onDone={onTransferred} />}
    </Modal>
  );
}

function TransferForm({
  target,
  onCancel,
  onDone,
}: {
  target: OutreachView;
  onCancel: () => void;
  onDone: (result: OutreachTransferResult) => void;
}) {
  const t = ja.outreach;
  const form = useForm<TransferFormValues>({
    initialValues: emptyTransferValues(todayInJapan(), target),
    validate: (values) => validateTransfer(values, todayInJapan(), target.raisedOn),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    onDone(await call('outreach.transfer', toTransferInput(target.id, values)));
  });
  const v = form.values;

  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.transferTitle}>
      <Stack gap="sm">
        <Text fz="sm">{t.transferLead}</Text>
        <LabelledSegmented
          label={t.personMode}
          data={[
            { value: 'new', label: t.personNew },
            { value: 'existing', label: t.personExisting },
          ]}
          value={v.personMode}
          onChange={(mode) =>
            form.setFieldValue('personMode', mode === 'existing' ? 'existing' : 'new')
          }
        />
        {v.personMode === 'new' ? (
          <Group gap="sm" align="flex-start">
            <Text fz="sm" style={{ flex: 1 }} pt={28}>
              {t.personNewHint(target.name)}
            </Text>
            <JapaneseDateInput
              label={t.birthDate}
              w={220}
              showAge
              rules={{ notAfter: todayInJapan() }}
              {...form.getInputProps('birthDate')}
              value={v.birthDate}
            />
          </Group>
        ) : v.personId !== null ? (
          <ChosenCard
            title={v.personLabel}
            onChange={() => form.setValues({ personId: null, personLabel: '' })}
          />
        ) : (
          <PersonPicker
            label={t.personSearch}
            placeholder={t.personSearchPlaceholder}
            error={typeof form.errors.personId === 'string' ? form.errors.personId : undefined}
            onPick={(hit) => form.setValues({ personId: hit.id, personLabel: personHitLabel(hit) })}
          />
        )}
        <JapaneseDateInput
          label={t.receivedOn}
          w={190}
          withAsterisk
          rules={{ required: true, notAfter: todayInJapan() }}
          {...form.getInputProps('receivedOn')}
          value={v.receivedOn}
        />
        <Checkbox.Group label={t.fields} withAsterisk {...form.getInputProps('fields')}>
          <Group gap="md" mt={4}>
            {codeOptions(fields).map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label={t.chiefComplaint}
          description={t.chiefComplaintHint}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('chiefComplaint')}
        />
        <FormFooter error={error} busy={busy} submitLabel={t.transferSubmit} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
