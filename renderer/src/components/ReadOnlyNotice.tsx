import { Alert, Stack, Title } from '@mantine/core';

/** A page a 閲覧 user may not use: its title and why, instead of a form that would be refused. */
export function ReadOnlyNotice({ title, message }: { title: string; message: string }) {
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} fz={26}>
        {title}
      </Title>
      <Alert color="gray">{message}</Alert>
    </Stack>
  );
}
