import type { GetInputPropsReturnType } from '@mantine/form';

/** Binds one field of a sub-form (a member, the household) to the form it lives in. */
export type BindField<F extends string> = (
  field: F,
  options?: { type: 'checkbox' },
) => GetInputPropsReturnType;
