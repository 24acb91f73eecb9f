import { Code, Stack, Text, Title } from '@mantine/core';
import type { ServerInfo } from '../../../../electron/contract/calls/serverCalls';
import { serverInfoJa as t } from '../../i18n/connectionJa';

/** Groups of 8 bytes, as the desktop app's first-run screen shows them. */
function lines(fingerprint: string): string {
  const bytes = fingerprint.split(':');
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 8) out.push(bytes.slice(i, i + 8).join(':'));
  return out.join('\n');
}

/**
 * 管理 → サーバー情報, on the office server only: the certificate's fingerprint that each PC's
 * first connect shows, to be compared.
 */
export function ServerInfoSection({ info }: { info: Extract<ServerInfo, { kind: 'server' }> }) {
  const { fingerprint } = info;
  return (
    <Stack gap="sm" component="section" aria-label={t.title}>
      <Title order={2} fz="lg">
        {t.title}
      </Title>
      {fingerprint === null ? (
        <Text>{t.noTls}</Text>
      ) : (
        <>
          <Text fw={700}>{t.fingerprint}</Text>
          <Code block fz="md" data-testid="server-info-fingerprint">
            {lines(fingerprint)}
          </Code>
          <Text fz="sm" c="dimmed">
            {t.lead}
          </Text>
        </>
      )}
    </Stack>
  );
}
