import { Alert, Button, Fieldset, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { SessionUser } from '../../../../electron/contract';
import { call } from '../../api/call';
import { navigate, routes } from '../../app/routes';
import { todayInJapan } from '../../components/dateInput/dateText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { formKeyDown } from '../../components/forms/formKeyDown';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { findSameMembers, type SameMatch } from '../household/findSameMembers';
import { SamePersonDialog } from '../household/SamePersonDialog';
import { CaseFields } from './CaseFields';
import { draftOf } from '../../components/drafts/draftStore';
import { draftOr, useFormDraft } from '../../components/drafts/useFormDraft';
import {
  newIntakeForm,
  toCaseIntakeInput,
  validateIntake,
  type IntakeFormValues,
} from './intakeForm';
import { rememberPeople } from './knownPeople';
import { PersonSection } from './PersonSection';
import { ReceptionFields } from './ReceptionFields';

type Props = { user: SessionUser; personId: number | null };

const t = ja.intake;

/** 相談受付: creates a case (case.intake); what was typed stays if saving fails. */
export function IntakePage({ user, personId }: Props) {
  const today = todayInJapan();
  // The intake being typed survives leaving the page and a lock (draftStore.ts), for the same
  // user and the same preselected person; dropped once saved.
  const draftKey = `intake:${personId ?? 'none'}`;
  const [blank] = useState(() => newIntakeForm(today, user.staffId, personId));
  const [restored, setRestored] = useState(() => draftOf(draftKey) !== undefined);
  const form = useForm<IntakeFormValues>({
    initialValues: draftOr(draftKey, blank),
    validate: (values) => validateIntake(values, today),
  });
  const draft = useFormDraft(form, draftKey, blank);
  // 新しく登録する asks first when the person may be registered already (as 世帯を登録 does).
  const [matches, setMatches] = useState<SameMatch[]>([]);
  const confirmedNew = useRef(false);
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    if (values.person.mode === 'new' && !confirmedNew.current) {
      const found = await findSameMembers([values.person.person]);
      if (found.length > 0) {
        setMatches(found);
        return;
      }
    }
    confirmedNew.current = false;
    const result = await call('case.intake', toCaseIntakeInput(values));
    draft.drop();
    notifications.show({ color: 'teal', message: t.created(result.caseNumber) });
    navigate(routes.caseDetail(result.caseId));
  });
  const startOver = () => {
    draft.drop(blank);
    form.setValues(blank);
    form.clearErrors();
    setRestored(false);
  };

  const registerAnyway = () => {
    confirmedNew.current = true;
    setMatches([]);
    onSubmit();
  };

  if (user.role === 'viewer') return <ReadOnlyNotice title={t.title} message={ja.list.readOnly} />;

  return (
    <form onSubmit={onSubmit} onKeyDown={formKeyDown(() => onSubmit())} noValidate>
      <Stack gap="lg" maw={960}>
        <Title order={1} fz={26}>
          {t.title}
        </Title>
        {restored && (
          <Alert color="blue" variant="light">
            <Group justify="space-between">
              <Text fz="sm">{t.draftRestored}</Text>
              <Button size="compact-sm" variant="default" onClick={startOver}>
                {t.startOver}
              </Button>
            </Group>
          </Alert>
        )}
        <Fieldset legend={t.receptionSection}>
          <ReceptionFields form={form} today={today} />
        </Fieldset>
        <Fieldset legend={t.personSection}>
          <PersonSection form={form} today={today} />
        </Fieldset>
        <Fieldset legend={t.caseSection}>
          <Stack gap="sm">
            <CaseFields form={form} />
          </Stack>
        </Fieldset>
        <ErrorAlert message={error && `${error} ${t.keptOnFailure}`} />
        <Group justify="flex-end" gap="sm">
          <Text c="dimmed" fz="sm">
            {t.saveHint}
          </Text>
          <Button type="submit" size="md" loading={busy}>
            {t.save}
          </Button>
        </Group>
      </Stack>
      <SamePersonDialog
        matches={matches}
        busy={busy}
        onRegisterAnyway={registerAnyway}
        onBack={() => setMatches([])}
        onUseExisting={(person) => {
          rememberPeople([person]);
          form.setFieldValue('person.mode', 'existing');
          form.setFieldValue('person.personId', person.id);
          setMatches([]);
        }}
      />
    </form>
  );
}
