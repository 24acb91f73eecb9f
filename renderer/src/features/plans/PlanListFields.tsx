import { ActionIcon, Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { planGoalKinds, type PlanGoalKind } from '../../../../electron/contract';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { ja } from '../../i18n/ja';
import { emptyGoal, emptyIssue, type PlanFormValues } from './planFormValues';

type Props = { form: UseFormReturnType<PlanFormValues> };

const kindOptions = codeOptions(planGoalKinds);

/** 課題の整理: each 課題 with its 背景; rows are added and removed. */
export function PlanIssuesFields({ form }: Props) {
  const t = ja.plans;
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} fz="md" component="legend">
        {t.issues}
      </Title>
      {form.values.issues.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t.noIssues}
        </Text>
      )}
      {form.values.issues.map((row, i) => (
        <Group key={row.key} gap="sm" align="flex-start" wrap="nowrap">
          <Text fw={700} pt={30} w={20} ta="right">
            {i + 1}
          </Text>
          <Textarea
            label={`${t.issue}${i + 1}`}
            withAsterisk
            autosize
            minRows={1}
            maxRows={4}
            style={{ flex: 2 }}
            {...form.getInputProps(`issues.${i}.issue`)}
          />
          <Textarea
            label={`${t.background}${i + 1}`}
            autosize
            minRows={1}
            maxRows={6}
            style={{ flex: 3 }}
            {...form.getInputProps(`issues.${i}.background`)}
          />
          <ActionIcon
            mt={28}
            variant="subtle"
            color="red"
            aria-label={t.remove(t.issue, i + 1)}
            onClick={() => form.removeListItem('issues', i)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => form.insertListItem('issues', emptyIssue())}
        >
          ＋ {t.addIssue}
        </Button>
      </Group>
    </Stack>
  );
}

/** 長期目標 and 短期目標, in the order written. */
export function PlanGoalsFields({ form }: Props) {
  const t = ja.plans;
  const add = (kind: PlanGoalKind) => form.insertListItem('goals', emptyGoal(kind));
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} fz="md" component="legend">
        {t.goals}
      </Title>
      {form.values.goals.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t.noGoals}
        </Text>
      )}
      {form.values.goals.map((row, i) => (
        <Group key={row.key} gap="sm" align="flex-end" wrap="nowrap">
          <Text fw={700} pb={8} w={20} ta="right">
            {i + 1}
          </Text>
          <LabelledSegmented
            label={`${t.goalKind}${i + 1}`}
            hideLabel
            data={kindOptions}
            value={row.kind}
            onChange={(v) => isCode(planGoalKinds, v) && form.setFieldValue(`goals.${i}.kind`, v)}
          />
          <TextInput
            aria-label={`${t.goalText}${i + 1}`}
            style={{ flex: 1 }}
            {...form.getInputProps(`goals.${i}.text`)}
          />
          <ActionIcon
            mb={6}
            variant="subtle"
            color="red"
            aria-label={t.remove(t.goalText, i + 1)}
            onClick={() => form.removeListItem('goals', i)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={() => add('long')}>
          ＋ {t.addLongGoal}
        </Button>
        <Button variant="light" size="xs" onClick={() => add('short')}>
          ＋ {t.addShortGoal}
        </Button>
      </Group>
    </Stack>
  );
}
