import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import type { ServerProbe } from '../../../../electron/contract/schemas/connection';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { connectionJa as t } from '../../i18n/connectionJa';

type Step = { kind: 'choose' } | { kind: 'address' } | { kind: 'fingerprint'; probe: ServerProbe };

/**
 * The desktop app's first start: 「このPCだけで使う」 or 「事務所のサーバーに接続する」. For the
 * server: the address, then the certificate's fingerprint read from the server, to be compared
 * with the one IT gave (管理 → サーバー情報) before anything is saved or sent.
 */
export function ConnectionChoicePage({
  unreadableFile,
  onChosen,
}: {
  unreadableFile: string | null;
  onChosen: () => Promise<void>;
}) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [address, setAddress] = useState('');
  const [same, setSame] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warned, setWarned] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (thrown) {
      setError(asApiError(thrown).message);
    }
    setBusy(false);
  };
  const chooseLocal = () =>
    run(async () => {
      await call('connection.chooseLocal', {});
      await onChosen();
    });
  const probe = () => {
    void run(async () => {
      const found = await call('connection.probe', { address });
      setSame(false);
      setWarned(false);
      setStep({ kind: 'fingerprint', probe: found });
    });
  };
  const connect = (probe: ServerProbe) =>
    run(async () => {
      await call('connection.connect', { origin: probe.origin, fingerprint: probe.fingerprint });
      await onChosen();
    });

  if (step.kind === 'fingerprint') {
    const { probe: found } = step;
    return (
      <CenteredPage title={t.fingerprintTitle} width={560}>
        <Text>{t.fingerprintLead(found.origin)}</Text>
        <Code block fz="md" data-testid="server-fingerprint">
          {found.fingerprintLines.join('\n')}
        </Code>
        <Text fz="sm">{t.fingerprintHow}</Text>
        <Checkbox
          label={t.fingerprintSame}
          checked={same}
          onChange={(event) => setSame(event.currentTarget.checked)}
        />
        {warned && (
          <Alert color="orange" variant="light" role="alert">
            {t.differentHint}
          </Alert>
        )}
        <ErrorAlert message={error} />
        <Group justify="space-between">
          <Button variant="default" onClick={() => setWarned(true)}>
            {t.different}
          </Button>
          <Group>
            <Button variant="subtle" onClick={() => setStep({ kind: 'address' })}>
              {t.back}
            </Button>
            <Button disabled={!same} loading={busy} onClick={() => void connect(found)}>
              {t.connect}
            </Button>
          </Group>
        </Group>
      </CenteredPage>
    );
  }
  if (step.kind === 'address') {
    return (
      <CenteredPage title={t.addressTitle}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            probe();
          }}
        >
          <Stack gap="md">
            <TextInput
              label={t.address}
              description={t.addressHint}
              value={address}
              onChange={(event) => setAddress(event.currentTarget.value)}
              data-autofocus
              autoFocus
            />
            <ErrorAlert message={error} />
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => setStep({ kind: 'choose' })}>
                {t.back}
              </Button>
              <Button type="submit" loading={busy}>
                {t.check}
              </Button>
            </Group>
          </Stack>
        </form>
      </CenteredPage>
    );
  }
  return (
    <CenteredPage title={t.chooseTitle} width={560}>
      <Text fz="sm">{t.chooseLead}</Text>
      {unreadableFile !== null && (
        <Alert color="orange" variant="light">
          {t.unreadable(unreadableFile)}
        </Alert>
      )}
      <ChoiceCard title={t.local} hint={t.localHint} onClick={() => void chooseLocal()} />
      <ChoiceCard
        title={t.server}
        hint={t.serverHint}
        onClick={() => setStep({ kind: 'address' })}
      />
      <ErrorAlert message={error} />
    </CenteredPage>
  );
}

function ChoiceCard({
  title,
  hint,
  onClick,
}: {
  title: string;
  hint: string;
  onClick: () => void;
}) {
  return (
    <UnstyledButton
      onClick={onClick}
      aria-label={title}
      p="md"
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
    >
      <Text fw={700} c="teal.9">
        {title}
      </Text>
      <Text fz="sm" c="dimmed">
        {hint}
      </Text>
    </UnstyledButton>
  );
}
