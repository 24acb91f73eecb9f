import { Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SessionUser } from '../../../../electron/contract';
import { navigate, routes } from '../../app/routes';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { ja } from '../../i18n/ja';
import { OutreachForm } from './OutreachForm';

/** 把握を登録 (#/outreach/new): saving opens the new target's screen. */
export function OutreachNewPage({ user }: { user: SessionUser }) {
  const t = ja.outreach;
  if (user.role === 'viewer')
    return <ReadOnlyNotice title={t.newTitle} message={ja.list.readOnly} />;
  return (
    <Stack gap="md" maw={960}>
      <Title order={1} fz={26}>
        {t.newTitle}
      </Title>
      <Paper withBorder p="md">
        <OutreachForm
          target={null}
          staffId={user.staffId}
          onCancel={() => navigate(routes.outreachList())}
          onSaved={(saved) => {
            notifications.show({ color: 'teal', message: t.created });
            navigate(routes.outreach(saved.id));
          }}
        />
      </Paper>
    </Stack>
  );
}
