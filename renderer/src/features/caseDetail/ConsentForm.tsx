import { MultiSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  consentKinds,
  consentMethods,
  consentStates,
  type AgencyView,
  type ConsentView,
} from '../../../../electron/contract';
import { call } from '../../api/call';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { historyJa } from '../../i18n/historyJa';
import { ja } from '../../i18n/ja';
import {
  consentCorrectionFrom,
  consentInputFrom,
  consentValuesFrom,
  emptyConsentValues,
  noConsentMethod,
  validateConsentValues,
  type ConsentFormValues,
} from './consentFormValues';
import { japanNow } from './japanNow';
import { agencyPickList } from './pickLists';
import { submitOnCtrlEnter } from './submitOnCtrlEnter';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  caseId: number;
  agencies: AgencyView[];
  /** The case's 関係機関, offered first. */
  caseAgencyIds: number[];
  onSaved: (consent: ConsentView) => void;
  /** A saved record to correct (訂正) instead of recording a new one; its kind stays. */
  correcting?: ConsentView;
};

const methodOptions = [
  { value: noConsentMethod, label: ja.caseConsent.methodNone },
  ...codeOptions(consentMethods),
];

/** 同意を記録: one new record (history is kept); 代筆者 appears with 代筆. */
export function ConsentForm({ caseId, agencies, caseAgencyIds, onSaved, correcting }: Props) {
  const t = ja.caseConsent;
  const form = useForm<ConsentFormValues>({
    initialValues: correcting ? consentValuesFrom(correcting) : emptyConsentValues(japanNow().date),
    validate: (values) => validateConsentValues(values, japanNow().date),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    if (correcting) {
      onSaved(await call('consent.correct', consentCorrectionFrom(correcting.id, values)));
      return;
    }
    const saved = await call('consent.record', consentInputFrom(caseId, values));
    form.setValues(emptyConsentValues(japanNow().date));
    onSaved(saved);
  });
  const { values } = form;

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={submitOnCtrlEnter}
      noValidate
      aria-label={correcting ? historyJa.consent.title : t.recordTitle}
    >
      <Stack gap="sm">
        {correcting ? (
          <Text fz="sm" fw={700}>
            {t.kind}：{consentKinds.labels[correcting.kind]}
          </Text>
        ) : (
          <LabelledSegmented
            label={t.kind}
            data={codeOptions(consentKinds)}
            value={values.kind}
            onChange={(v) => isCode(consentKinds, v) && form.setFieldValue('kind', v)}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <LabelledSegmented
            label={t.state}
            data={codeOptions(consentStates)}
            value={values.state ?? ''}
            onChange={(v) => isCode(consentStates, v) && form.setFieldValue('state', v)}
            error={form.errors.state as string | undefined}
          />
          <JapaneseDateInput
            label={t.date}
            withAsterisk
            rules={{ required: true }}
            {...form.getInputProps('recordedOn')}
            value={values.recordedOn}
          />
          <LabelledSegmented
            label={t.method}
            data={methodOptions}
            value={values.method ?? ''}
            onChange={(v) =>
              form.setFieldValue('method', isCode(consentMethods, v) ? v : noConsentMethod)
            }
            error={form.errors.method as string | undefined}
          />
        </SimpleGrid>
        {values.method === 'proxy' && (
          <TextInput
            label={t.proxyName}
            withAsterisk
            maw={320}
            {...form.getInputProps('proxyName')}
          />
        )}
        <MultiSelect
          label={t.agencies}
          placeholder={values.agencyIds.length === 0 ? t.agenciesPlaceholder : undefined}
          data={agencyPickList(agencies, values.agencyIds.map(Number), [], caseAgencyIds)}
          searchable
          clearable
          hidePickedOptions
          {...form.getInputProps('agencyIds')}
        />
        <Textarea label={t.note} autosize minRows={1} maxRows={5} {...form.getInputProps('note')} />
        <FormFooter
          error={error}
          busy={busy}
          submitLabel={correcting ? historyJa.consent.submit : t.submit}
        />
      </Stack>
    </form>
  );
}
