import { Badge, Button, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { fields, routes } from '../../../../electron/contract/caseCodes';
import type { ImportReport } from '../../../../electron/contract/schemas/import';
import {
  importWordListLabels,
  type ImportMapping,
  type ImportWord,
} from '../../../../electron/contract/schemas/importWords';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { useIssueTags } from '../../components/codes/useIssueTags';
import { useStaffOptions } from '../../components/codes/useStaffOptions';
import { ja } from '../../i18n/ja';

type Props = {
  report: ImportReport;
  isAdmin: boolean;
  busy: boolean;
  onRemap: (mapping: ImportMapping) => void;
  /** Read the file again (after a word was added to the 課題 list). */
  onReread: () => void;
};

const noStaff = 'none';
const codeOptions = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** How a word is read now, as a coloured badge. */
function HowBadge({ word }: { word: ImportWord }) {
  const t = ja.excelImport.words;
  const [color, text] =
    word.how === 'unknown'
      ? word.list === 'staff'
        ? ['yellow', t.how.unknownStaff]
        : ['red', t.how.unknown]
      : word.how === 'surname'
        ? ['teal', t.how.surname]
        : word.how === 'remembered'
          ? ['blue', t.how.remembered]
          : ['blue', t.how.mapped];
  return (
    <Badge variant="light" radius="sm" color={color} tt="none">
      {text}
    </Badge>
  );
}

/**
 * ファイルの言葉の読み方: each word of the file the lists did not take as written — a 担当者 not
 * found, a 相談経路, 相談分野 or 課題 not on the list — once, with the rows it is on. Choosing what
 * it means maps it for every row of the file (and the import remembers it for the next one); a
 * 管理者 may instead add a 課題 word to the list.
 */
export function ImportWordMappings({ report, isAdmin, busy, onRemap, onReread }: Props) {
  const t = ja.excelImport.words;
  const staff = useStaffOptions();
  const tags = useIssueTags();
  const [adding, setAdding] = useState<string | null>(null);
  if (report.words.length === 0) return null;

  const optionsOf = (word: ImportWord) => {
    switch (word.list) {
      case 'staff':
        return [{ value: noStaff, label: t.noStaff }, ...staff.options];
      case 'route':
        return codeOptions(routes.labels);
      case 'field':
        return codeOptions(fields.labels);
      case 'tag':
        return tags.map((label) => ({ value: label, label }));
    }
  };
  const addTag = async (word: string) => {
    setAdding(word);
    try {
      const list = await call('codeList.get', { list: 'issueTag' });
      const active = list.filter((entry) => entry.active).map((entry) => entry.label);
      await call('codeList.save', { list: 'issueTag', labels: [...active, word] });
      notifications.show({ color: 'teal', message: t.tagAdded(word) });
      onReread();
    } catch (thrown) {
      notifications.show({ color: 'red', message: asApiError(thrown).message });
    } finally {
      setAdding(null);
    }
  };

  return (
    <Stack gap={6}>
      <Title order={3} fz={16}>
        {t.title}
      </Title>
      <Text fz="sm" c="dimmed">
        {t.lead}
      </Text>
      <Table withTableBorder fz="sm" aria-label={t.title} maw={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t.columns.list}</Table.Th>
            <Table.Th>{t.columns.written}</Table.Th>
            <Table.Th w={70}>{t.columns.rows}</Table.Th>
            <Table.Th w={260}>{t.columns.to}</Table.Th>
            <Table.Th w={200}>{t.columns.how}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.words.map((word) => {
            const label = importWordListLabels[word.list];
            const value = word.how === 'unknown' ? null : (word.to ?? noStaff);
            return (
              <Table.Tr key={`${word.list}-${word.written}`}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  「{word.written}」
                  <Text span fz="xs" c="dimmed" ml={4}>
                    {t.firstRow(word.firstRow)}
                  </Text>
                </Table.Td>
                <Table.Td>{t.rows(word.rows)}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t.selectLabel(label, word.written)}
                    placeholder={word.list === 'staff' ? t.placeholderStaff : t.placeholder}
                    data={optionsOf(word)}
                    value={value}
                    searchable
                    allowDeselect={false}
                    disabled={busy}
                    size="xs"
                    onChange={(to) => {
                      if (to === null) return;
                      onRemap({
                        list: word.list,
                        written: word.written,
                        to: to === noStaff ? null : to,
                      });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <HowBadge word={word} />
                    {isAdmin && word.list === 'tag' && word.how === 'unknown' && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        loading={adding === word.written}
                        disabled={busy || adding !== null}
                        onClick={() => void addTag(word.written)}
                      >
                        {t.addTag}
                      </Button>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {report.moreWords > 0 && (
        <Text fz="sm" c="dimmed">
          {t.more(report.moreWords)}
        </Text>
      )}
    </Stack>
  );
}
