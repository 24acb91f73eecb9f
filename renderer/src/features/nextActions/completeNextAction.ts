import { notifications } from '@mantine/notifications';
import type { NextActionDue } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ja } from '../../i18n/ja';

/**
 * Marks a dated 次の対応 done and says so; a refusal (done by someone else meanwhile, the case no
 * longer visible) is shown as the service words it. Null when it was not done.
 */
export async function completeNextAction(id: number): Promise<NextActionDue | null> {
  try {
    const done = await call('nextAction.complete', { id });
    notifications.show({ color: 'teal', message: ja.nextActions.completed });
    return done;
  } catch (thrown) {
    notifications.show({ color: 'red', message: asApiError(thrown).message });
    return null;
  }
}
