import {
  SegmentedControl,
  Stack,
  Text,
  VisuallyHidden,
  type SegmentedControlProps,
} from '@mantine/core';
import { useId } from 'react';

type Props = SegmentedControlProps & {
  label: string;
  error?: string | null;
  /** The group is already named by what surrounds it (a fieldset legend): label for readers only. */
  hideLabel?: boolean;
};

/** A SegmentedControl (arrow keys move the choice) with a visible label that names its group. */
export function LabelledSegmented({ label, error, hideLabel, ...props }: Props) {
  const id = useId();
  return (
    <Stack gap={4}>
      {hideLabel ? (
        <VisuallyHidden id={id}>{label}</VisuallyHidden>
      ) : (
        <Text fz="sm" fw={500} id={id}>
          {label}
        </Text>
      )}
      <SegmentedControl aria-labelledby={id} {...props} />
      {error && (
        <Text fz="xs" c="red.7" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
