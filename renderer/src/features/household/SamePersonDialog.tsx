import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import type { PersonView } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { describeDate, todayInJapan } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import type { SameMatch } from './findSameMembers';

type Props = {
  matches: SameMatch[];
  busy: boolean;
  onRegisterAnyway: () => void;
  onBack: () => void;
  /** 相談受付: take the registered person instead (without it, each offers their household). */
  onUseExisting?: (person: PersonView) => void;
};

const h = ja.household;

/**
 * 「同じ人が登録されていませんか」: the people already registered who may be this one, each with a
 * way to use them instead (their household, or in 相談受付 the person), or register anyway.
 */
export function SamePersonDialog({
  matches,
  busy,
  onRegisterAnyway,
  onBack,
  onUseExisting,
}: Props) {
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
                    {person.mobilePhone && ` ・ ${ja.person.mobilePhone}: ${person.mobilePhone}`}
                  </Text>
                </Stack>
                {onUseExisting ? (
                  <Button variant="light" onClick={() => onUseExisting(person)} disabled={busy}>
                    {h.useExisting}
                  </Button>
                ) : (
                  <Button component="a" href={routes.household(person.householdId)} variant="light">
                    {h.openExisting}
                  </Button>
                )}
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
