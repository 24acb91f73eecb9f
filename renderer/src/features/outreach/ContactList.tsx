import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import {
  outreachMethods,
  outreachResults,
  type OutreachResult,
} from '../../../../electron/contract/communityCodes';
import type { OutreachContactView } from '../../../../electron/contract/schemas/outreach';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';

const resultColors: Record<OutreachResult, string> = {
  met: 'teal',
  absent: 'gray',
  refused: 'red',
  viaAgency: 'indigo',
};

/** The contacts, newest first: when, how, what came of it, and the worker's note. */
export function ContactList({ contacts }: { contacts: OutreachContactView[] }) {
  const t = ja.outreach;
  if (contacts.length === 0) return <Text c="dimmed">{t.contactsEmpty}</Text>;
  return (
    <Stack gap="xs">
      {contacts.map((contact) => (
        <Paper key={contact.id} withBorder p="sm" data-testid="outreach-contact">
          <Group gap="sm" wrap="wrap">
            <Text fw={700} fz="sm">
              {formatIsoWareki(contact.contactedOn)}
            </Text>
            <Text fz="sm">{outreachMethods.labels[contact.method]}</Text>
            <Badge color={resultColors[contact.result]} variant="light" radius="sm" tt="none">
              {outreachResults.labels[contact.result]}
            </Badge>
            {contact.viaAgencyName && <Text fz="sm">{contact.viaAgencyName}</Text>}
            {contact.staffName && (
              <Text fz="xs" c="dimmed" ml="auto">
                {`${t.contactBy}: ${contact.staffName}`}
              </Text>
            )}
          </Group>
          {contact.note && (
            <Text fz="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
              {contact.note}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
