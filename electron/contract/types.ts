import type { z } from 'zod';
import type { CallName, Contract } from './contract';
import type { CallSpec } from './defineCall';

/** What the caller passes (before parsing). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What the handler receives (after parsing and normalising). */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
/** What the call returns on success. */
export type CallOutput<N extends CallName> =
  Contract[N] extends CallSpec<z.ZodType, infer O> ? O : never;
