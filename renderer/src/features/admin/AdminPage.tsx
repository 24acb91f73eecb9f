import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { call } from '../../api/call';
import { routes } from '../../app/routes';
import { auditJa } from '../../i18n/auditJa';
import { ja } from '../../i18n/ja';
import { useCurrentRole } from '../caseDetail/useCurrentRole';
import { useLoaded } from '../caseDetail/useLoaded';
import { RecoveryKeySection } from '../recoveryKey/RecoveryKeySection';
import { BackupSection } from './backup/BackupSection';
import { BasicSettingsForm } from './BasicSettingsForm';
import { IssueTagEditor } from './IssueTagEditor';
import { MeetingKindNamesForm } from './MeetingKindNamesForm';
import { PrivacyNoticeForm } from './PrivacyNoticeForm';
import { ServerInfoSection } from './ServerInfoSection';
import { ActiveSessionsSection } from './staff/ActiveSessionsSection';
import { StaffSection } from './staff/StaffSection';

const readSettings = () => call('settings.get', {});
const readServerInfo = () => call('server.info', {});

/** 管理 (#/admin, 管理者 only): staff accounts, backups, the 課題 list and the basic settings. */
export function AdminPage() {
  const t = ja.adminPage;
  const role = useCurrentRole();
  const settings = useLoaded(readSettings);

  if (role !== null && role !== 'admin') {
    return (
      <Alert color="gray" maw={720} role="alert">
        {t.forbidden}
      </Alert>
    );
  }
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1} fz={26}>
        {t.title}
      </Title>
      <Paper withBorder p="lg" radius="md">
        <StaffSection />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <ActiveSessionsSection />
      </Paper>
      <ServerInfoPaper />
      <Paper withBorder p="lg" radius="md">
        <BackupSection />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <RecoveryKeySection />
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-label={auditJa.title}>
        <Group justify="space-between">
          <Stack gap={4}>
            <Title order={2} fz="lg">
              {auditJa.title}
            </Title>
            <Text fz="sm" c="dimmed">
              {auditJa.openLead}
            </Text>
          </Stack>
          <Button component="a" href={routes.auditLog()} variant="default">
            {auditJa.open}
          </Button>
        </Group>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <IssueTagEditor />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t.settingsTitle}
          </Title>
          {settings.state.kind === 'loading' && <Loader color="teal" size="sm" />}
          {settings.state.kind === 'failed' && (
            <Alert color="red" title={t.loadFailed} role="alert">
              <Button variant="default" size="xs" onClick={settings.reload}>
                {t.retry}
              </Button>
            </Alert>
          )}
          {settings.state.kind === 'ready' && (
            <BasicSettingsForm settings={settings.state.value} onSaved={settings.set} />
          )}
          {settings.state.kind === 'ready' && (
            <MeetingKindNamesForm settings={settings.state.value} onSaved={settings.set} />
          )}
          {settings.state.kind === 'ready' && (
            <PrivacyNoticeForm settings={settings.state.value} onSaved={settings.set} />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

/** サーバー情報 in its card, on the office server only. */
function ServerInfoPaper() {
  const info = useLoaded(readServerInfo);
  if (info.state.kind !== 'ready' || info.state.value.kind !== 'server') return null;
  return (
    <Paper withBorder p="lg" radius="md">
      <ServerInfoSection info={info.state.value} />
    </Paper>
  );
}
