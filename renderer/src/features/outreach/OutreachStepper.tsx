import { Stepper, Text } from '@mantine/core';
import { outreachStages, type OutreachStage } from '../../../../electron/contract/communityCodes';
import { ja } from '../../i18n/ja';
import { canMoveTo, outreachSteps, stepIndex, type SettableStage } from './outreachStageSteps';

type Props = {
  stage: OutreachStage;
  /** Called with the step chosen; null when the stage cannot be changed here. */
  onChoose: ((stage: SettableStage) => void) | null;
};

/** 把握 → 接触 → 関係づくり → 同意 → 支援へ移行; a step is a button when it may be chosen. */
export function OutreachStepper({ stage, onChoose }: Props) {
  // 支援へ移行 is the end of the path: every step is drawn done.
  const active = stage === 'transferred' ? outreachSteps.length : stepIndex(stage);
  return (
    <div>
      <Stepper
        active={active}
        size="sm"
        color={stage === 'ended' ? 'gray' : 'teal'}
        onStepClick={(index) => {
          const target = outreachSteps[index];
          if (onChoose && target && canMoveTo(stage, target) && target !== 'transferred') {
            onChoose(target);
          }
        }}
        aria-label={ja.outreach.stage}
      >
        {outreachSteps.map((step) => (
          <Stepper.Step
            key={step}
            label={outreachStages.labels[step]}
            allowStepSelect={onChoose !== null && canMoveTo(stage, step)}
            data-testid={`outreach-step-${step}`}
          />
        ))}
      </Stepper>
      {onChoose && stage !== 'transferred' && (
        <Text fz="xs" c="dimmed" mt={6}>
          {ja.outreach.stageHint}
        </Text>
      )}
    </div>
  );
}
