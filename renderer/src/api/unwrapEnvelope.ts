import type { Envelope } from '../../../electron/contract';
import { ApiError } from './ApiError';

/** The value of a successful envelope; a failed one is thrown as an ApiError. */
export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.code, envelope.message, envelope.issues);
}
