import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { ja } from '../i18n/ja';

/**
 * Mantine's PasswordInput with a Japanese label on the show/hide toggle. The toggle's label
 * must not contain the word パスワード, so `getByLabel('パスワード')` finds only the field.
 */
export function PasswordField(props: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  return (
    <PasswordInput
      autoComplete="current-password"
      visibilityToggleButtonProps={{ 'aria-label': ja.form.passwordVisibility }}
      {...props}
    />
  );
}
