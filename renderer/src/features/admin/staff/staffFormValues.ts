import { schemaResolver, type FormErrors } from '@mantine/form';
import type { Role } from '../../../../../electron/contract';
import type { StaffAccount } from '../../../../../electron/contract/schemas/staff';
import {
  changePasswordInput,
  staffCreateInput,
  staffUpdateInput,
} from '../../../../../electron/contract/schemas/staff';
import { newPasswordSchema } from '../../../../../electron/contract/schemas/common';
import { accountsJa } from '../../../i18n/accountsJa';

/** The 職員を追加 / 編集 form: staff.create's fields plus the password typed twice. */
export type StaffFormValues = {
  login: string;
  displayName: string;
  affiliation: string;
  role: Role;
  password: string;
  passwordConfirm: string;
};

export const emptyStaffForm: StaffFormValues = {
  login: '',
  displayName: '',
  affiliation: '',
  role: 'worker',
  password: '',
  passwordConfirm: '',
};

export function staffFormFrom(account: StaffAccount): StaffFormValues {
  return { ...emptyStaffForm, ...account };
}

const validateCreate = schemaResolver(staffCreateInput, { sync: true });
const validateUpdate = schemaResolver(staffUpdateInput, { sync: true });

/** The contract's own rules; a new account's two passwords must match. */
export function validateStaffForm(values: StaffFormValues, id: number | null): FormErrors {
  const { passwordConfirm, password, login, ...fields } = values;
  if (id !== null) return validateUpdate({ id, ...fields });
  const errors: FormErrors = { ...validateCreate({ ...fields, login, password }) };
  if (passwordConfirm !== password) errors.passwordConfirm = accountsJa.staff.passwordMismatch;
  return errors;
}

/** A new password typed twice (reset, enable). */
export type PasswordPair = { password: string; passwordConfirm: string };

export function validatePasswordPair(values: PasswordPair): FormErrors {
  const errors: FormErrors = {};
  const parsed = newPasswordSchema.safeParse(values.password);
  if (!parsed.success) errors.password = parsed.error.issues[0]?.message;
  if (values.passwordConfirm !== values.password) {
    errors.passwordConfirm = accountsJa.staff.passwordMismatch;
  }
  return errors;
}

/** パスワード変更: the current one, and the new one typed twice. */
export type ChangePasswordValues = {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
};

const validateChange = schemaResolver(changePasswordInput, { sync: true });

export function validateChangePassword(values: ChangePasswordValues): FormErrors {
  const { newPasswordConfirm, ...input } = values;
  const errors: FormErrors = { ...validateChange(input) };
  if (newPasswordConfirm !== input.newPassword) {
    errors.newPasswordConfirm = accountsJa.changePassword.mismatch;
  }
  return errors;
}
