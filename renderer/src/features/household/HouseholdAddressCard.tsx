import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { HouseholdView } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';

type Props = { household: HouseholdView; onEdit: (() => void) | null };

const h = ja.household;

function Item({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{value || ja.list.none}</Text>
    </Stack>
  );
}

/** The household's address, 地区・圏域, 住居形態 and メモ, with 編集 for writers. */
export function HouseholdAddressCard({ household, onEdit }: Props) {
  const address = [
    household.postalCode && `〒${household.postalCode}`,
    household.address,
    household.building,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Paper withBorder p="md" component="section" aria-label={h.addressBlock}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz={18}>
            {h.addressBlock}
          </Title>
          {onEdit && (
            <Button size="compact-sm" variant="default" onClick={onEdit}>
              {h.edit}
            </Button>
          )}
        </Group>
        <Text fw={700} fz="lg">
          {address || h.noAddress}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Item label={h.district} value={household.district} />
          <Item label={h.housingType} value={household.housingType} />
          <Item label={h.memo} value={household.memo} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
