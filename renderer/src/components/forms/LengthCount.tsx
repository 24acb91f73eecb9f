import { Text } from '@mantine/core';
import { ja } from '../../i18n/ja';

/**
 * 「1,234 / 4,000文字」 under a long text field, so the limit shows while typing rather than only
 * when the save is refused; red, with how much is over, past the limit.
 */
export function LengthCount({ value, max }: { value: string; max: number }) {
  const over = value.length > max;
  return (
    <Text component="span" fz="xs" c={over ? 'red.7' : 'dimmed'} data-testid="length-count">
      {ja.form.lengthCount(value.length, max)}
    </Text>
  );
}
