import { Alert } from '@mantine/core';

/** A Japanese error message as an alert (role="alert", read out by screen readers). */
export function ErrorAlert({ message, title }: { message: string | null; title?: string }) {
  if (message === null) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {message}
    </Alert>
  );
}
