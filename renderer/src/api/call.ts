import type { CallInput, CallName, CallOutput } from '../../../electron/contract';
import { isSessionChange } from './ApiError';
import { notifySessionChange } from './sessionChanges';
import { sendCall } from './transport';
import { unwrapEnvelope } from './unwrapEnvelope';

/**
 * Makes one contract call and returns its value, or throws an ApiError with a Japanese message.
 * When the error says the session is locked or gone, the app is told to re-read app.status.
 */
export async function call<N extends CallName>(
  name: N,
  input: CallInput<N>,
): Promise<CallOutput<N>> {
  const envelope = await sendCall(name, input);
  try {
    // The main side parsed the input and produced this value for exactly this call name.
    return unwrapEnvelope(envelope) as CallOutput<N>;
  } catch (error) {
    if (isSessionChange(error)) notifySessionChange();
    throw error;
  }
}
