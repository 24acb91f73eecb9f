import { schemaResolver, type FormErrors } from '@mantine/form';
import { setupInitInput } from '../../../../electron/contract/schemas/session';
import { ja } from '../../i18n/ja';

/** What the 初期設定 form holds: setup.init's input plus the password typed a second time. */
export type SetupFormValues = {
  municipalityName: string;
  login: string;
  displayName: string;
  password: string;
  passwordConfirm: string;
};

export const emptySetupForm: SetupFormValues = {
  municipalityName: '',
  login: '',
  displayName: '',
  password: '',
  passwordConfirm: '',
};

const validateInput = schemaResolver(setupInitInput, { sync: true });

/** The contract's own rules (Japanese messages), and the two passwords must match. */
export function validateSetupForm(values: SetupFormValues): FormErrors {
  const { passwordConfirm, ...input } = values;
  const errors: FormErrors = { ...validateInput(input) };
  if (passwordConfirm !== input.password) errors.passwordConfirm = ja.setup.passwordMismatch;
  return errors;
}
