import { Group, Radio } from '@mantine/core';
import { closeReasons, type CloseReason } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';

type Props = {
  value: CloseReason | '';
  onChange: (value: CloseReason) => void;
  error?: string | null;
  label?: string;
};

/** 終結理由 as the official list (目標達成 … その他), one chosen; the same on every 終結 form. */
export function CloseReasonField({ value, onChange, error, label }: Props) {
  return (
    <Radio.Group
      label={label ?? ja.caseClose.closeReason}
      withAsterisk
      value={value}
      onChange={(v) => onChange(v as CloseReason)}
      error={error}
    >
      <Group gap="md" mt={4}>
        {closeReasons.codes.map((code) => (
          <Radio key={code} value={code} label={closeReasons.labels[code]} />
        ))}
      </Group>
    </Radio.Group>
  );
}
