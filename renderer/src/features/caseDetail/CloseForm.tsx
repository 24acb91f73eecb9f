import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { CloseReasonField } from './CloseReasonField';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { CaseDetail } from '../../../../electron/contract';
import { call } from '../../api/call';
import { textFromIso } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import {
  closeInputFrom,
  emptyCloseValues,
  validateCloseValues,
  type CloseFormValues,
} from './closeFormValues';
import { japanNow } from './japanNow';

type Props = {
  detail: CaseDetail;
  onClosed: (detail: CaseDetail) => void;
  /** Set when correcting the date and reason of a closed case. */
  onCancel?: () => void;
};

function initialValues(detail: CaseDetail): CloseFormValues {
  return detail.closedOn
    ? {
        closedOn: textFromIso(detail.closedOn),
        closeReasonCode: detail.closeReasonCode ?? '',
        closeReason: detail.closeReason,
      }
    : emptyCloseValues(japanNow().date);
}

/** 終結する (or, on a closed case, 訂正する): 終結日 not after today nor before 受付日, and a reason. */
export function CloseForm({ detail, onClosed, onCancel }: Props) {
  const t = ja.caseClose;
  const form = useForm<CloseFormValues>({
    initialValues: initialValues(detail),
    validate: (values) => validateCloseValues(values, japanNow().date, detail.receivedOn),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const closed = await call('case.close', closeInputFrom(detail.id, values));
    notifications.show({ color: 'teal', message: onCancel ? t.corrected : t.closed });
    onClosed(closed);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.title}>
      <Stack gap="sm" maw={720}>
        {!onCancel && <Text fz="sm">{t.lead}</Text>}
        <Group gap="sm" align="flex-start" wrap="wrap">
          <JapaneseDateInput
            label={t.closedOn}
            w={220}
            withAsterisk
            rules={{ required: true, notAfter: japanNow().date }}
            {...form.getInputProps('closedOn')}
            value={form.values.closedOn}
          />
        </Group>
        <CloseReasonField
          value={form.values.closeReasonCode}
          onChange={(code) => form.setFieldValue('closeReasonCode', code)}
          error={form.errors.closeReasonCode as string | undefined}
        />
        <TextInput
          label={t.closeNote}
          placeholder={t.closeReasonHint}
          withAsterisk={form.values.closeReasonCode === 'other'}
          {...form.getInputProps('closeReason')}
        />
        <ErrorAlert message={error} />
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t.cancel}
            </Button>
          )}
          <Button type="submit" color="dark" loading={busy}>
            {onCancel ? t.correct : t.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
