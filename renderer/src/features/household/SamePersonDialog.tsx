import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { routes } from '../../app/routes';
import { describeDate, todayInJapan } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import type { SameMatch } from './findSameMembers';

type Props = {
  matches: SameMatch[];
  busy: boolean;
  onRegisterAnyway: () => void;
  onBack: () => void;
};

const h = ja.household;

/**
 * 「同じ氏名・生年月日の人が登録されています」: the people already registered, each with a way to
 * open their household instead, or register the new person anyway.
 */
export function SamePersonDialog({ matches, busy, onRegisterAnyway, onBack }: Props) {
  const today = todayInJapan();
  return (
    <Modal opened={matches.length > 0} onClose={onBack} title={h.sameTitle} size="lg" centered>
      <Stack gap="md">
        <Text fz="sm">{h.sameLead}</Text>
        {matches.flatMap((match) =>
          match.existing.map((person) => (
            <Paper key={person.id} withBorder p="sm">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={2}>
                  <Text fw={700}>
                    {person.name}
                    <Text span c="dimmed" fz="sm" ml="xs">
                      {person.nameKana}
                    </Text>
                  </Text>
                  <Text fz="sm">
                    {person.birthDate ? describeDate(person.birthDate, today) : ''}
                    {person.phone && ` ・ ${ja.person.phone}: ${person.phone}`}
                  </Text>
                </Stack>
                <Button component="a" href={routes.household(person.householdId)} variant="light">
                  {h.openExisting}
                </Button>
              </Group>
            </Paper>
          )),
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onBack} disabled={busy}>
            {h.back}
          </Button>
          <Button color="orange" onClick={onRegisterAnyway} loading={busy}>
            {h.registerAnyway}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
