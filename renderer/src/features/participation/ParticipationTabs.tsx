import { Group, Tabs, Text, Title } from '@mantine/core';
import { navigate, routes } from '../../app/routes';
import { ja } from '../../i18n/ja';

/** The head of 参加支援: its title and the two lists, マッチング and 社会資源. */
export function ParticipationTabs({ current }: { current: 'matches' | 'resources' }) {
  const t = ja.matches;
  return (
    <>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t.title}
          </Title>
          <Text fz="sm" c="dimmed">
            {current === 'matches' ? t.lead : ja.resources.lead}
          </Text>
        </div>
      </Group>
      <Tabs
        value={current}
        onChange={(tab) => navigate(tab === 'resources' ? routes.resources() : routes.matchList())}
      >
        <Tabs.List>
          <Tabs.Tab value="matches">{t.tabs.matches}</Tabs.Tab>
          <Tabs.Tab value="resources">{t.tabs.resources}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
    </>
  );
}
