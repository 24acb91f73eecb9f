import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CloseReason, MeetingDecisionKind, MeetingView } from '../../../../electron/contract';
import { planStatuses } from '../../../../electron/contract';
import { meetingDecisionKinds } from '../../../../electron/contract/meetingCodes';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { CloseReasonField } from '../caseDetail/CloseReasonField';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';

type Props = {
  meetingId: number;
  caseId: number;
  caseNumber: string;
  onSaved: (meeting: MeetingView) => void;
};

const kindOptions = codeOptions(meetingDecisionKinds);

/**
 * A new 決定事項: its kind (with what it does to the case), the text and, for プラン承認, the plan
 * version approved (案 or 確定). 終結 asks first, since it closes the case. The fields are kept
 * when saving fails.
 */
export function DecisionForm({ meetingId, caseId, caseNumber, onSaved }: Props) {
  const t = ja.meetings.decisions;
  const [kind, setKind] = useState<MeetingDecisionKind | null>(null);
  const [text, setText] = useState('');
  const [planId, setPlanId] = useState<string | null>(null);
  const [closeReasonCode, setCloseReasonCode] = useState<CloseReason | ''>('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{
    kind?: string;
    planId?: string;
    closeReasonCode?: string;
  }>({});
  const plans = useCallData('plan.listForCase', kind === 'planApproval' ? { caseId } : null);
  const planOptions = (plans.data ?? [])
    .filter((p) => p.status !== 'ended')
    .map((p) => ({
      value: String(p.id),
      label: t.planOption(p.version, planStatuses.labels[p.status]),
    }));

  const save = async () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      const saved = await call('meeting.addDecision', {
        meetingId,
        caseId,
        kind: kind ?? 'supportDecision',
        text,
        planId: kind === 'planApproval' && planId !== null ? Number(planId) : null,
        ...(kind === 'closure' && closeReasonCode !== '' ? { closeReasonCode } : {}),
      });
      notifications.show({ color: 'teal', message: t.added });
      setKind(null);
      setText('');
      setPlanId(null);
      setCloseReasonCode('');
      onSaved(saved);
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };
  const submit = () => {
    const errors = {
      ...(kind === null ? { kind: t.kindRequired } : {}),
      ...(kind === 'planApproval' && planId === null ? { planId: t.plan } : {}),
      ...(kind === 'closure' && closeReasonCode === ''
        ? { closeReasonCode: ja.caseClose.reasonRequired }
        : {}),
    };
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || busy) return;
    if (kind === 'closure') setConfirming(true);
    else void save();
  };

  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={submitOnCtrlEnter}
        noValidate
        aria-label={`${t.add}（${caseNumber}）`}
      >
        <Stack gap={6}>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <Select
              label={t.kind}
              w={180}
              data={kindOptions}
              value={kind}
              onChange={(value) => setKind(isCode(meetingDecisionKinds, value) ? value : null)}
              error={fieldErrors.kind}
              allowDeselect={false}
            />
            {kind === 'planApproval' && (
              <Select
                label={t.plan}
                w={220}
                data={planOptions}
                value={planId}
                onChange={setPlanId}
                error={fieldErrors.planId}
                nothingFoundMessage={t.noPlans}
                placeholder={
                  plans.data !== null && planOptions.length === 0 ? t.noPlans : undefined
                }
              />
            )}
            <Textarea
              label={t.textLabel(caseNumber)}
              style={{ flex: 1 }}
              miw={260}
              autosize
              minRows={1}
              maxRows={8}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
          </Group>
          {kind === 'closure' && (
            <CloseReasonField
              value={closeReasonCode}
              onChange={setCloseReasonCode}
              error={fieldErrors.closeReasonCode}
            />
          )}
          {kind !== null && (
            <Text fz="xs" c="dimmed" data-testid="decision-hint">
              {t.kindHints[kind]}
            </Text>
          )}
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button type="submit" size="xs" variant="light" loading={busy}>
              {t.add}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t.closureConfirmTitle}>
        <Stack gap="md">
          <Text>{t.closureConfirm(caseNumber)}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {ja.meetings.form.cancel}
            </Button>
            <Button color="red" onClick={() => void save()}>
              {t.closureOk}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
