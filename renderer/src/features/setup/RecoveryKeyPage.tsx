import { Alert, Box, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { CenteredPage } from '../../components/CenteredPage';
import { formatWarekiDate } from '../../i18n/formatWarekiDate';
import { ja } from '../../i18n/ja';
import classes from './RecoveryKeyPage.module.css';

type Props = {
  recoveryKey: string;
  municipalityName: string;
  createdAt: Date;
  /** The user confirmed the key is stored (recorded by the caller); the key is forgotten after. */
  onStart: () => void;
  /** While the confirmation is being recorded, and why it could not be. */
  busy?: boolean;
  error?: string | null;
};

/**
 * 回復キー: shown exactly once, right after 初期設定 or when 管理 issues a new one. It can be
 * printed (only the key card prints) and the user must confirm it is stored before going on.
 */
export function RecoveryKeyPage({
  recoveryKey,
  municipalityName,
  createdAt,
  onStart,
  busy = false,
  error = null,
}: Props) {
  const [stored, setStored] = useState(false);

  return (
    <CenteredPage title={ja.recovery.title} width={680}>
      <Text>{ja.recovery.lead}</Text>
      <Alert
        color="orange"
        variant="light"
        title={ja.recovery.warningTitle}
        className={classes.noPrint}
      >
        {ja.recovery.warning}
      </Alert>
      <Text fw={700} className={classes.printOnly}>
        {ja.recovery.printNote}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th fw={400} c="dimmed" pl={0} w={96}>
              {ja.recovery.municipality}
            </Table.Th>
            <Table.Td>{municipalityName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th fw={400} c="dimmed" pl={0} w={96}>
              {ja.recovery.createdOn}
            </Table.Th>
            <Table.Td>{formatWarekiDate(createdAt)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Box className={classes.key} data-testid="recovery-key">
        {recoveryKey}
      </Box>
      <Stack gap="md" className={classes.noPrint}>
        <Group>
          <Button variant="outline" onClick={() => window.print()}>
            {ja.recovery.print}
          </Button>
        </Group>
        <Checkbox
          label={ja.recovery.stored}
          checked={stored}
          onChange={(event) => setStored(event.currentTarget.checked)}
          size="md"
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Button disabled={!stored} loading={busy} onClick={onStart} fullWidth>
          {ja.recovery.start}
        </Button>
      </Stack>
    </CenteredPage>
  );
}
