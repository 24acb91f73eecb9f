import type { z } from 'zod';
import type { Access } from './roles';

/** One call's declaration: its input schema, who may make it, and (as a type only) its output. */
export type CallSpec<I extends z.ZodType, O> = {
  input: I;
  access: Access;
  readonly __output?: O;
};

/**
 * Declares a call. Curried so the output type is written once and the input is inferred:
 * `defineCall<Settings>()({ input, access })`.
 */
export const defineCall =
  <O>() =>
  <I extends z.ZodType>(spec: { input: I; access: Access }): CallSpec<I, O> =>
    spec;
