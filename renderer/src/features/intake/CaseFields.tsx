import { Checkbox, Group, Select, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { fields, urgencies } from '../../../../electron/contract';
import { codeOptions } from '../../components/codes/codeOptions';
import { IssueTagsSelect } from '../../components/codes/IssueTagsSelect';
import { useIssueTags } from '../../components/codes/useIssueTags';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { ja } from '../../i18n/ja';
import { LengthCount } from '../../components/forms/LengthCount';
import { chiefComplaintMaxLength } from '../../../../electron/contract/schemas/caseWork';
import type { IntakeFormValues } from './intakeForm';

const t = ja.intake;

/** 相談分野 (several), 課題 tags, 主訴 and 緊急度. */
export function CaseFields({ form }: { form: UseFormReturnType<IntakeFormValues> }) {
  const tags = useIssueTags(form.values.tags);
  return (
    <>
      <Checkbox.Group label={t.fields} withAsterisk {...form.getInputProps('fields')}>
        <Group gap="md" mt={6}>
          {codeOptions(fields).map((option) => (
            <Checkbox key={option.value} value={option.value} label={option.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <IssueTagsSelect
        label={t.tags}
        placeholder={form.values.tags.length === 0 ? t.tagsPlaceholder : undefined}
        data={tags}
        clearable
        {...form.getInputProps('tags')}
      />
      <Select
        label={t.mainTag}
        placeholder={t.mainTagPlaceholder}
        description={t.mainTagHint}
        data={form.values.tags}
        disabled={form.values.tags.length === 0}
        clearable
        maw={360}
        {...form.getInputProps('mainTag')}
        value={form.values.tags.includes(form.values.mainTag) ? form.values.mainTag : null}
        onChange={(value: string | null) => form.setFieldValue('mainTag', value ?? '')}
      />
      <Textarea
        label={t.chiefComplaint}
        placeholder={t.chiefComplaintPlaceholder}
        autosize
        minRows={4}
        maxRows={16}
        {...form.getInputProps('chiefComplaint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={
          <LengthCount value={form.values.chiefComplaint} max={chiefComplaintMaxLength} />
        }
      />
      <LabelledSegmented
        label={t.urgency}
        data={codeOptions(urgencies)}
        {...form.getInputProps('urgency')}
        w={240}
      />
    </>
  );
}
