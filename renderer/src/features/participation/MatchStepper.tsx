import { Stepper } from '@mantine/core';
import { matchStatuses } from '../../../../electron/contract/communityCodes';
import type { MatchView } from '../../../../electron/contract/schemas/participation';
import { ja } from '../../i18n/ja';
import { isOpenMatch, matchStepIndex, matchSteps, reachedStep } from './matchStatusSteps';

/** 提案 → 見学 → 体験 → 参加中 → 定着, greyed where a match was 中断 or 終了. */
export function MatchStepper({ match }: { match: MatchView }) {
  const open = isOpenMatch(match.status);
  const reached = matchStepIndex(reachedStep(match.status, match.followUps));
  // The last step done is drawn completed: 定着 is an end of the path, not a step in progress.
  const active = match.status === 'settled' ? matchSteps.length : reached;
  return (
    <Stepper
      active={active}
      size="sm"
      color={open ? 'teal' : 'gray'}
      allowNextStepsSelect={false}
      aria-label={ja.matches.status}
    >
      {matchSteps.map((step) => (
        <Stepper.Step key={step} label={matchStatuses.labels[step]} allowStepSelect={false} />
      ))}
    </Stepper>
  );
}
