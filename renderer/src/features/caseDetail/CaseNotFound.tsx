import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { routes } from '../../app/routes';
import { ja } from '../../i18n/ja';

/** The page state for a case that does not exist or may not be seen (the two look the same). */
export function CaseNotFound() {
  const t = ja.caseDetail;
  return (
    <Paper withBorder p="xl" maw={720} bg="gray.0" role="alert">
      <Stack gap="sm" align="flex-start">
        <Title order={1} fz={22}>
          {t.notFound}
        </Title>
        <Text fz="sm">{t.notFoundLead}</Text>
        <Button component="a" href={routes.caseList()} variant="default">
          {t.backToList}
        </Button>
      </Stack>
    </Paper>
  );
}
