import { Badge, Text, VisuallyHidden } from '@mantine/core';

type Props = { days: number; stale: boolean; staleLabel: string; format: (n: number) => string };

/** Days since the last contact or follow-up: plain, or a red badge once it needs attention. */
export function DaysBadge({ days, stale, staleLabel, format }: Props) {
  if (!stale) return <Text fz="sm">{format(days)}</Text>;
  return (
    <Badge color="red" variant="light" radius="sm" tt="none" title={staleLabel} data-stale="true">
      {format(days)}
      <VisuallyHidden>{`（${staleLabel}）`}</VisuallyHidden>
    </Badge>
  );
}
