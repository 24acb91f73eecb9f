import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  agencyKinds,
  type AgencyView,
  type CaseAgencyView,
  type CaseDetail,
} from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { isCode } from '../../components/codes/codeOptions';
import { ja } from '../../i18n/ja';
import { CaseAgencyAddForm } from './CaseAgencyAddForm';
import { CaseAgencyRoleEditor } from './CaseAgencyRoleEditor';
import { RemoveAgencyModal } from './RemoveAgencyModal';

type Props = {
  detail: CaseDetail;
  agencies: AgencyView[];
  writable: boolean;
  onChange: (agencies: CaseAgencyView[]) => void;
};

function kindLabel(kind: string): string {
  return isCode(agencyKinds, kind) ? agencyKinds.labels[kind] : kind;
}

/** 関係機関: the agencies on this case with their 役割分担; add, change a role, take one off. */
export function CaseAgenciesPanel({ detail, agencies, writable, onChange }: Props) {
  const t = ja.caseAgencies;
  const [editingId, setEditingId] = useState<number | null>(null);
  const [removing, setRemoving] = useState<CaseAgencyView | null>(null);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} fz="lg">
          {t.title}
        </Title>
        <Anchor href={routes.agencies()} fz="sm">
          {t.openDirectory}
        </Anchor>
      </Group>
      {detail.agencies.length === 0 ? (
        <Text c="dimmed">{t.empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-label={t.title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={240}>{t.name}</Table.Th>
                <Table.Th w={190}>{t.kind}</Table.Th>
                <Table.Th w={130}>{t.phone}</Table.Th>
                <Table.Th>{t.role}</Table.Th>
                {writable && <Table.Th w={170} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.agencies.map((agency) => (
                <Table.Tr key={agency.agencyId}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text fz="sm" fw={700}>
                        {agency.name}
                      </Text>
                      {agency.agencyId === detail.mainAgencyId && (
                        <Badge size="sm" radius="sm" tt="none" variant="light">
                          {t.mainAgency}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{kindLabel(agency.kind)}</Table.Td>
                  <Table.Td>{agency.phone}</Table.Td>
                  <Table.Td>
                    {editingId === agency.agencyId ? (
                      <CaseAgencyRoleEditor
                        caseId={detail.id}
                        agency={agency}
                        onCancel={() => setEditingId(null)}
                        onSaved={(saved) => {
                          setEditingId(null);
                          onChange(saved);
                        }}
                      />
                    ) : (
                      <Text fz="sm" c={agency.role ? undefined : 'dimmed'}>
                        {agency.role || t.roleEmpty}
                      </Text>
                    )}
                  </Table.Td>
                  {writable && (
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-label={`${agency.name}の${t.editRole}`}
                          onClick={() => setEditingId(agency.agencyId)}
                        >
                          {t.editRole}
                        </Button>
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          aria-label={`${agency.name}を${t.remove}`}
                          onClick={() => setRemoving(agency)}
                        >
                          {t.remove}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {writable && (
        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Title order={2} fz="lg" mb="xs">
            {t.addTitle}
          </Title>
          <CaseAgencyAddForm
            caseId={detail.id}
            agencies={agencies}
            onCase={detail.agencies.map((a) => a.agencyId)}
            onSaved={(saved) => {
              notifications.show({ color: 'teal', message: t.added });
              onChange(saved);
            }}
          />
        </Paper>
      )}
      <RemoveAgencyModal
        caseId={detail.id}
        agency={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(saved) => {
          setRemoving(null);
          notifications.show({ color: 'teal', message: t.removed });
          onChange(saved);
        }}
      />
    </Stack>
  );
}
