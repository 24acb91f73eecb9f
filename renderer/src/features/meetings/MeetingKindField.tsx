import { Radio, Stack, Text } from '@mantine/core';
import type { MeetingKind } from '../../../../electron/contract';
import { meetingKinds } from '../../../../electron/contract/meetingCodes';
import { ja } from '../../i18n/ja';
import { useMeetingKindNames } from './useMeetingKindNames';

type Props = {
  value: MeetingKind | null;
  onChange: (kind: MeetingKind) => void;
  error?: string | null;
  disabled?: boolean;
};

/**
 * 会議の種類 as radio choices (arrow keys move between them), each with what it is for: the two
 * legal kinds differ in whether a case needs the person's consent, so the choice is explained.
 */
export function MeetingKindField({ value, onChange, error, disabled }: Props) {
  const t = ja.meetings;
  const names = useMeetingKindNames();
  return (
    <Radio.Group
      label={t.form.kind}
      withAsterisk
      value={value ?? ''}
      onChange={(next) => {
        const kind = meetingKinds.codes.find((k) => k === next);
        if (kind) onChange(kind);
      }}
      error={error}
      description={disabled ? t.form.kindFixed : undefined}
    >
      <Stack gap="xs" mt="xs">
        {meetingKinds.codes.map((kind) => (
          <Radio
            key={kind}
            value={kind}
            disabled={disabled}
            label={
              <Text fw={700} fz="sm" span>
                {names[kind]}
              </Text>
            }
            description={t.kindHints[kind]}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
