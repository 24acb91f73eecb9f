import { Checkbox, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { IssueTagsSelect } from '../../components/codes/IssueTagsSelect';
import { useForm } from '@mantine/form';
import { fields, stages, urgencies, type CaseDetail } from '../../../../electron/contract';
import { call } from '../../api/call';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { LengthCount } from '../../components/forms/LengthCount';
import { chiefComplaintMaxLength } from '../../../../electron/contract/schemas/caseWork';
import {
  caseEditValuesFrom,
  caseUpdateFrom,
  changesSomething,
  validateCaseEdit,
  type CaseEditValues,
} from './caseEditValues';
import { CaseFlagsFields } from './CaseFlagsFields';
import { agencyPickList, staffPickList, tagPickList } from './pickLists';
import { submitOnCtrlEnter } from './submitOnCtrlEnter';
import type { CaseOptions } from './useCaseOptions';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  detail: CaseDetail;
  options: CaseOptions;
  onSaved: (detail: CaseDetail) => void;
  onCancel: () => void;
};

const stageOptions = codeOptions(stages).filter((o) => o.value !== 'closed');

/** The fields of 「ケース情報を編集」; only what changed is sent to case.update. */
export function CaseEditForm({ detail, options, onSaved, onCancel }: Props) {
  const t = ja.caseEdit;
  const form = useForm<CaseEditValues>({
    initialValues: caseEditValuesFrom(detail),
    validate: validateCaseEdit,
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const input = caseUpdateFrom(detail, values);
    onSaved(changesSomething(input) ? await call('case.update', input) : detail);
  });
  const { values } = form;

  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.title}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t.stage}
            data={stageOptions}
            placeholder={detail.stage === 'closed' ? t.stageClosedPlaceholder : undefined}
            description={detail.stage === 'closed' ? t.stageReopenHint : undefined}
            allowDeselect={detail.stage === 'closed'}
            {...form.getInputProps('stage')}
          />
          <LabelledSegmented
            label={t.urgency}
            data={codeOptions(urgencies)}
            value={values.urgency}
            onChange={(v) => isCode(urgencies, v) && form.setFieldValue('urgency', v)}
          />
          <Select
            label={t.mainStaff}
            placeholder={t.staffPlaceholder}
            data={staffPickList(options.staff, detail.mainStaffId)}
            searchable
            clearable
            {...form.getInputProps('mainStaffId')}
          />
          <Select
            label={t.subStaff}
            placeholder={t.staffPlaceholder}
            data={staffPickList(options.staff, detail.subStaffId)}
            searchable
            clearable
            {...form.getInputProps('subStaffId')}
          />
        </SimpleGrid>
        <Select
          label={t.mainAgency}
          placeholder={t.staffPlaceholder}
          data={agencyPickList(
            options.agencies,
            detail.mainAgencyId ? [detail.mainAgencyId] : [],
            [],
            detail.agencies.map((a) => a.agencyId),
          )}
          searchable
          clearable
          {...form.getInputProps('mainAgencyId')}
        />
        <CaseFlagsFields form={form} />
        <Checkbox.Group label={t.fields} withAsterisk {...form.getInputProps('fields')}>
          <Group gap="md" mt={6}>
            {codeOptions(fields).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <IssueTagsSelect
          label={t.tags}
          placeholder={values.tags.length === 0 ? t.tagsPlaceholder : undefined}
          data={tagPickList(options.tags, detail.tags)}
          {...form.getInputProps('tags')}
        />
        <Select
          label={t.mainTag}
          placeholder={t.mainTagPlaceholder}
          data={values.tags}
          disabled={values.tags.length === 0}
          clearable
          maw={360}
          {...form.getInputProps('mainTag')}
          value={values.tags.includes(values.mainTag) ? values.mainTag : null}
          onChange={(value: string | null) => form.setFieldValue('mainTag', value ?? '')}
        />
        <Textarea
          label={t.chiefComplaint}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('chiefComplaint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          description={
            <LengthCount value={form.values.chiefComplaint} max={chiefComplaintMaxLength} />
          }
        />
        <FormFooter error={error} busy={busy} submitLabel={t.save} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
