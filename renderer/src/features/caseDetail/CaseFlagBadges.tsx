import { Badge, Group } from '@mantine/core';
import { urgencies, type CaseDetail } from '../../../../electron/contract';
import { StageBadge } from '../../components/table/StageBadge';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { urgencyColors } from './urgencyColors';

/** 段階, 緊急度 and the flags of a case (多機関協働 with its date, アウトリーチ, 閲覧制限). */
export function CaseFlagBadges({ detail }: { detail: CaseDetail }) {
  return (
    <Group gap={6} wrap="wrap">
      <span data-testid="stage-badge">
        <StageBadge stage={detail.stage} />
      </span>
      <Badge color={urgencyColors[detail.urgency]} variant="light" radius="sm" tt="none">
        {ja.caseDetail.urgency(urgencies.labels[detail.urgency])}
      </Badge>
      {detail.coordination && (
        <Badge
          color="teal"
          variant="outline"
          radius="sm"
          tt="none"
          data-testid="coordination-badge"
        >
          {detail.coordinationOn
            ? ja.caseDetail.coordinationSince(formatIsoWareki(detail.coordinationOn))
            : ja.caseDetail.coordination}
        </Badge>
      )}
      {detail.outreach && (
        <Badge color="grape" variant="outline" radius="sm" tt="none">
          {ja.caseDetail.outreach}
        </Badge>
      )}
      {detail.restricted && (
        <Badge color="red" variant="filled" radius="sm" tt="none">
          {ja.caseDetail.restricted}
        </Badge>
      )}
    </Group>
  );
}
