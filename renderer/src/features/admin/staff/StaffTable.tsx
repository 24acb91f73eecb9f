import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { roleLabels } from '../../../../../electron/contract';
import type { StaffAccount } from '../../../../../electron/contract/schemas/staff';
import { accountsJa } from '../../../i18n/accountsJa';

export type StaffAction = 'edit' | 'reset' | 'disable' | 'enable';

type Props = {
  accounts: StaffAccount[];
  selfId: number | null;
  onAction: (action: StaffAction, account: StaffAccount) => void;
};

// Names, logins and 権限 are short: one line each (「管理者」 never splits into 「管理／者」).
const nowrap = { whiteSpace: 'nowrap' } as const;

const timeFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The accounts, with their state and what a 管理者 can do with each (not with their own). */
export function StaffTable({ accounts, selfId, onAction }: Props) {
  const t = accountsJa.staff;
  return (
    <Table striped highlightOnHover aria-label={t.tableLabel} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.displayName}</Table.Th>
          <Table.Th>{t.login}</Table.Th>
          <Table.Th>{t.affiliation}</Table.Th>
          <Table.Th style={nowrap}>{t.role}</Table.Th>
          <Table.Th>{t.state}</Table.Th>
          <Table.Th>{t.actions}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.map((account) => {
          const self = account.id === selfId;
          const name = account.displayName;
          return (
            <Table.Tr key={account.id} c={account.active ? undefined : 'dimmed'}>
              <Table.Td style={nowrap}>
                <Text fw={700} fz="sm" span>
                  {name}
                </Text>
                {self && (
                  <Text fz="xs" c="dimmed" span>
                    {t.you}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={nowrap}>{account.login}</Table.Td>
              <Table.Td>{account.affiliation}</Table.Td>
              <Table.Td style={nowrap}>{roleLabels[account.role]}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={account.active ? 'teal' : 'gray'} variant="light" radius="sm">
                    {account.active ? t.active : t.disabled}
                  </Badge>
                  {account.active && !account.hasPassword && (
                    <Badge color="red" variant="light" radius="sm">
                      {t.noPassword}
                    </Badge>
                  )}
                  {account.waitUntil && (
                    <Badge color="orange" variant="light" radius="sm">
                      {t.waiting(timeFormat.format(new Date(account.waitUntil)))}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={t.editLabel(name)}
                    onClick={() => onAction('edit', account)}
                  >
                    {t.edit}
                  </Button>
                  {account.active && !self && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t.resetPasswordLabel(name)}
                      onClick={() => onAction('reset', account)}
                    >
                      {t.resetPassword}
                    </Button>
                  )}
                  {account.active && !self && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t.disableLabel(name)}
                      onClick={() => onAction('disable', account)}
                    >
                      {t.disable}
                    </Button>
                  )}
                  {!account.active && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t.enableLabel(name)}
                      onClick={() => onAction('enable', account)}
                    >
                      {t.enable}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
