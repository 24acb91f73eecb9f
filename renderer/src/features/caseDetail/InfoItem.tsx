import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ja } from '../../i18n/ja';

/** One labelled value of the case header; an empty value reads 未設定. */
export function InfoItem({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <Stack gap={0} miw={0}>
      <Text fz="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text fz="sm" c={empty ? 'dimmed' : undefined} truncate="end">
        {empty ? ja.caseDetail.unset : children}
      </Text>
    </Stack>
  );
}
