import { Progress, Stack, Text } from '@mantine/core';
import { ja } from '../../i18n/ja';

/**
 * What the wizard shows while the main side reads or imports: the call reports no steps, so an
 * animated bar says work is going on and the text says what.
 */
export function ImportBusy({ message }: { message: string }) {
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Text fz="sm">{message}</Text>
      <Progress value={100} animated aria-label={ja.excelImport.busyLabel} color="teal" />
    </Stack>
  );
}
