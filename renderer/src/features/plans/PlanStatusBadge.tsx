import { Badge } from '@mantine/core';
import { planStatuses, type PlanStatus } from '../../../../electron/contract';

const colors: Record<PlanStatus, string> = { draft: 'orange', confirmed: 'teal', ended: 'gray' };

/** 案 / 確定 / 終了. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return (
    <Badge color={colors[status]} variant="light" radius="sm" data-testid="plan-status">
      {planStatuses.labels[status]}
    </Badge>
  );
}
