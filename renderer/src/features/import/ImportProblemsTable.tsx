import { Badge, Table, Text } from '@mantine/core';
import type { ImportReport } from '../../../../electron/contract/schemas/import';
import { ja } from '../../i18n/ja';

/** Rows drawn at most: a file with an error on every line stays responsive; the rest are counted. */
const maxShown = 500;

/**
 * The first problems in row order: Excel row, column (letter and heading), error or warning,
 * reason; how many more there are (the report keeps the first ones and counts them all).
 */
export function ImportProblemsTable({ report }: { report: ImportReport }) {
  const t = ja.excelImport;
  const { problems, problemCounts } = report;
  const total = problemCounts.errors + problemCounts.warnings;
  if (problems.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t.noProblems}
      </Text>
    );
  }
  const shown = problems.slice(0, maxShown);
  return (
    <>
      <Table.ScrollContainer minWidth={640} maxHeight={360}>
        <Table withTableBorder stickyHeader fz="sm" aria-label={t.problemsLabel}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t.problemColumns.row}</Table.Th>
              <Table.Th w={170}>{t.problemColumns.column}</Table.Th>
              <Table.Th w={80}>{t.problemColumns.severity}</Table.Th>
              <Table.Th>{t.problemColumns.message}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((problem, i) => (
              <Table.Tr key={`${problem.row ?? 0}-${problem.letter ?? ''}-${i}`}>
                <Table.Td>{problem.row ?? ''}</Table.Td>
                <Table.Td>
                  {problem.letter === null ? '' : `${problem.letter}列（${problem.header ?? ''}）`}
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    radius="sm"
                    color={problem.severity === 'error' ? 'red' : 'yellow'}
                  >
                    {t.severity[problem.severity]}
                  </Badge>
                </Table.Td>
                <Table.Td>{problem.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > shown.length && (
        <Text fz="sm" c="dimmed">
          {t.moreProblems(total - shown.length)}
        </Text>
      )}
    </>
  );
}
