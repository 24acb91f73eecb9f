import { Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { outreachMethods, outreachResults } from '../../../../electron/contract/communityCodes';
import type { OutreachView } from '../../../../electron/contract/schemas/outreach';
import type { AgencyView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { codeOptions } from '../../components/codes/codeOptions';
import { todayInJapan } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { agencyPickList } from '../caseDetail/pickLists';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  emptyContactValues,
  toContactInput,
  validateContact,
  type ContactFormValues,
} from './contactFormValues';
import { FormFooter } from '../../components/forms/FormFooter';
import { draftOr, useFormDraft } from '../../components/drafts/useFormDraft';

type Props = {
  targetId: number;
  agencies: AgencyView[];
  onSaved: (target: OutreachView) => void;
};

/** 接触を記録: 接触日 (today), 方法, 結果, the agency when 関係機関経由, and the note. */
export function ContactForm({ targetId, agencies, onSaved }: Props) {
  const t = ja.outreach;
  // What is typed survives leaving the screen and a lock (draftStore.ts).
  const draftKey = `outreachContact:${targetId}`;
  const blank = emptyContactValues(todayInJapan());
  const form = useForm<ContactFormValues>({
    initialValues: draftOr(draftKey, blank),
    validate: (values) => validateContact(values, todayInJapan()),
  });
  const draft = useFormDraft(form, draftKey, blank);
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const saved = await call('outreach.addContact', toContactInput(targetId, values));
    draft.drop(emptyContactValues(todayInJapan()));
    form.setValues(emptyContactValues(todayInJapan()));
    form.resetDirty();
    onSaved(saved);
  });

  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.addContact}>
      <Stack gap="sm">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <JapaneseDateInput
            label={t.contactDate}
            w={190}
            withAsterisk
            rules={{ required: true, notAfter: todayInJapan() }}
            {...form.getInputProps('contactedOn')}
            value={form.values.contactedOn}
          />
          <Select
            label={t.method}
            w={150}
            withAsterisk
            data={codeOptions(outreachMethods)}
            allowDeselect={false}
            {...form.getInputProps('method')}
          />
          <LabelledSegmented
            label={t.result}
            data={codeOptions(outreachResults)}
            {...form.getInputProps('result')}
            value={form.values.result ?? ''}
          />
          {form.values.result === 'viaAgency' && (
            <Select
              label={t.viaAgency}
              placeholder={t.viaAgencyPlaceholder}
              w={260}
              searchable
              clearable
              data={agencyPickList(agencies)}
              {...form.getInputProps('viaAgencyId')}
            />
          )}
        </Group>
        <Textarea
          label={t.note}
          description={t.noteHint}
          autosize
          minRows={2}
          maxRows={10}
          {...form.getInputProps('note')}
        />
        <FormFooter error={error} busy={busy} submitLabel={t.contactSubmit} />
      </Stack>
    </form>
  );
}
