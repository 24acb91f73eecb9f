import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { useState, type ChangeEvent, type FocusEvent } from 'react';
import { ja } from '../../i18n/ja';
import { dateTextError, describeDate, isoFromText, todayInJapan, type DateRules } from './dateText';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'description'> & {
  /** What the user typed (和暦 or 西暦); the form converts it with isoFromText on save. */
  value?: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  rules?: DateRules;
  /** Shows the age under the field (生年月日). */
  showAge?: boolean;
  /** No typing hint under the empty field (filter bars). */
  compact?: boolean;
};

/**
 * A date typed the way staff write it — 昭和45年3月2日, S45.3.2, 1970/3/2, full-width digits —
 * with the date it was read as shown underneath in both calendars (and the age), and a Japanese
 * error at the field once the user leaves it.
 */
export function JapaneseDateInput({
  value = '',
  onChange,
  rules,
  showAge,
  compact,
  error,
  onBlur,
  ...rest
}: Props) {
  const [left, setLeft] = useState(false);
  const iso = isoFromText(value);
  const ownError = left ? dateTextError(value, rules) : null;
  const shownError: unknown = error ?? ownError;
  const reading =
    iso !== null && !shownError ? describeDate(iso, showAge ? todayInJapan() : undefined) : null;
  return (
    <TextInput
      {...rest}
      value={value}
      onChange={onChange}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        setLeft(true);
        onBlur?.(event);
      }}
      error={shownError as TextInputProps['error']}
      placeholder={compact ? ja.dateInput.placeholder : rest.placeholder}
      inputMode="text"
      autoComplete="off"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        reading ? (
          <Text component="span" fz="xs" c="teal.8" fw={700} data-testid="date-reading">
            {reading}
          </Text>
        ) : compact ? undefined : (
          ja.dateInput.hint
        )
      }
    />
  );
}
