import { Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MatchStatus } from '../../../../electron/contract/communityCodes';
import type { MatchView } from '../../../../electron/contract/schemas/participation';
import { call } from '../../api/call';
import { todayInJapan } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { draftOr, useFormDraft } from '../../components/drafts/useFormDraft';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  emptyFollowUpValues,
  statusChoices,
  toFollowUpInput,
  validateFollowUp,
  type FollowUpFormValues,
} from './followUpFormValues';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = { matchId: number; status: MatchStatus; onSaved: (match: MatchView) => void };

/** フォローアップを記録: the date, how the person and the host are doing, a status change. */
export function FollowUpForm({ matchId, status, onSaved }: Props) {
  const t = ja.matches;
  // What is typed survives leaving the screen and a lock (draftStore.ts).
  const draftKey = `followUp:${matchId}`;
  const blank = emptyFollowUpValues(todayInJapan());
  const form = useForm<FollowUpFormValues>({
    initialValues: draftOr(draftKey, blank),
    validate: (values) => validateFollowUp(values, todayInJapan()),
  });
  const draft = useFormDraft(form, draftKey, blank);
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const saved = await call('match.followUp', toFollowUpInput(matchId, values));
    draft.drop(emptyFollowUpValues(todayInJapan()));
    form.setValues(emptyFollowUpValues(todayInJapan()));
    form.resetDirty();
    onSaved(saved);
  });

  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.addFollowUp}>
      <Stack gap="sm">
        <Group gap="sm" align="flex-start">
          <JapaneseDateInput
            label={t.followedOn}
            w={190}
            withAsterisk
            rules={{ required: true, notAfter: todayInJapan() }}
            {...form.getInputProps('followedOn')}
            value={form.values.followedOn}
          />
          <Select
            label={t.statusTo}
            placeholder={t.statusUnchanged}
            w={200}
            clearable
            data={statusChoices(status)}
            {...form.getInputProps('statusTo')}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Textarea
            label={t.personNote}
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('personNote')}
          />
          <Textarea
            label={t.hostNote}
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('hostNote')}
          />
        </SimpleGrid>
        <FormFooter error={error} busy={busy} submitLabel={t.followUpSubmit} />
      </Stack>
    </form>
  );
}
