import { Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MatchView, ResourceView } from '../../../../electron/contract/schemas/participation';
import { call } from '../../api/call';
import { todayInJapan } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  emptyProposeValues,
  toMatchCreateInput,
  validatePropose,
  type ProposeFormValues,
} from './proposeFormValues';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  personId: number;
  caseId: number | null;
  /** The resource chosen; null while closed. */
  resource: ResourceView | null;
  onClose: () => void;
  onProposed: (match: MatchView) => void;
};

/** 提案する: records the match (提案) with its date and what the host will need. */
export function ProposeDialog({ personId, caseId, resource, onClose, onProposed }: Props) {
  return (
    <Modal
      opened={resource !== null}
      onClose={onClose}
      title={resource ? ja.matches.proposeTitle(resource.name) : ''}
      size={640}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700 } }}
    >
      {resource && (
        <ProposeForm
          link={{ personId, caseId, resourceId: resource.id }}
          onCancel={onClose}
          onProposed={onProposed}
        />
      )}
    </Modal>
  );
}

function ProposeForm({
  link,
  onCancel,
  onProposed,
}: {
  link: { personId: number; caseId: number | null; resourceId: number };
  onCancel: () => void;
  onProposed: (match: MatchView) => void;
}) {
  const t = ja.matches;
  const form = useForm<ProposeFormValues>({
    initialValues: emptyProposeValues(todayInJapan()),
    validate: (values) => validatePropose(values, todayInJapan()),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    onProposed(await call('match.create', toMatchCreateInput(link, values)));
  });
  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.propose}>
      <Stack gap="sm">
        <JapaneseDateInput
          label={t.proposedOn}
          w={190}
          withAsterisk
          rules={{ required: true, notAfter: todayInJapan() }}
          {...form.getInputProps('proposedOn')}
          value={form.values.proposedOn}
        />
        <Textarea
          label={t.hostSupport}
          placeholder={t.hostSupportHint}
          data-autofocus
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('hostSupport')}
        />
        <Textarea label={t.note} autosize minRows={2} maxRows={8} {...form.getInputProps('note')} />
        <FormFooter error={error} busy={busy} submitLabel={t.proposeSubmit} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
