import { Alert, Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { SessionUser } from '../../../../electron/contract';
import type { OutreachView } from '../../../../electron/contract/schemas/outreach';
import { navigate, routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';
import { ContactForm } from './ContactForm';
import { ContactList } from './ContactList';
import { OutreachForm } from './OutreachForm';
import { OutreachInfoCard } from './OutreachInfoCard';
import { isOpenStage } from './outreachStageSteps';
import { OutreachStageBadge } from './OutreachStageBadge';
import { OutreachStepper } from './OutreachStepper';
import { StageDialog } from './StageDialog';
import type { StageTarget } from './stageFormValues';
import { TransferDialog } from './TransferDialog';
import { usePickOptions } from './usePickOptions';

type Props = { target: OutreachView; user: SessionUser; onChange: (target: OutreachView) => void };

/**
 * The target screen: stage path, what is known, contacts (newest first) with the form to add
 * one, and the ways out — 支援へ移行 (opens the new case) and 終了.
 */
export function OutreachScreen({ target, user, onChange }: Props) {
  const t = ja.outreach;
  const { agencies } = usePickOptions();
  const [editing, setEditing] = useState(false);
  const [stageTo, setStageTo] = useState<StageTarget | null>(null);
  const [transferring, setTransferring] = useState(false);
  const writable = user.role !== 'viewer' && target.editable;
  const open = isOpenStage(target.stage);

  const saved = (next: OutreachView, message: string) => {
    notifications.show({ color: 'teal', message });
    onChange(next);
  };

  return (
    <Stack gap="md" maw={1100}>
      <Anchor href={routes.outreachList()} fz="sm">
        {t.backToList}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={1} fz={26} data-testid="outreach-name">
              {target.name}
            </Title>
            <OutreachStageBadge stage={target.stage} />
          </Group>
          {target.nameKana && <Text c="dimmed">{target.nameKana}</Text>}
        </Stack>
        {writable && open && (
          <Group gap="sm">
            <Button variant="default" onClick={() => setStageTo('ended')}>
              {t.end}
            </Button>
            <Button onClick={() => setTransferring(true)}>{t.transfer}</Button>
          </Group>
        )}
      </Group>
      {target.caseId !== null && target.caseNumber !== null && (
        <Alert color="green" data-testid="outreach-transferred">
          <Group justify="space-between">
            <Text fz="sm">{t.transferredNotice(target.caseNumber)}</Text>
            <Anchor href={routes.caseDetail(target.caseId)}>{t.openCase}</Anchor>
          </Group>
        </Alert>
      )}
      {target.stage === 'ended' && target.endedOn && (
        <Alert color="gray" title={t.endedNotice(formatIsoWareki(target.endedOn))}>
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {target.endReason}
          </Text>
        </Alert>
      )}
      <OutreachStepper stage={target.stage} onChoose={writable ? setStageTo : null} />
      <SectionCard
        title={t.info}
        label={t.info}
        action={
          writable && (
            <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
              {t.edit}
            </Button>
          )
        }
      >
        <OutreachInfoCard target={target} />
      </SectionCard>
      <SectionCard title={t.contacts} label={t.contacts}>
        {writable && open ? (
          <ContactForm
            targetId={target.id}
            agencies={agencies}
            onSaved={(next) => saved(next, t.contactAdded)}
          />
        ) : (
          !open && (
            <Text c="dimmed" fz="sm">
              {t.closedNotice}
            </Text>
          )
        )}
        <ContactList contacts={target.contacts} />
      </SectionCard>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t.editTitle}
        size={880}
        closeOnClickOutside={false}
        styles={{ title: { fontWeight: 700 } }}
      >
        {editing && (
          <OutreachForm
            target={target}
            staffId={user.staffId}
            onCancel={() => setEditing(false)}
            onSaved={(next) => {
              setEditing(false);
              saved(next, t.saved);
            }}
          />
        )}
      </Modal>
      <StageDialog
        targetId={target.id}
        stage={stageTo}
        onClose={() => setStageTo(null)}
        onSaved={(next) => {
          const ended = stageTo === 'ended';
          setStageTo(null);
          saved(next, ended ? t.ended : t.stageChanged);
        }}
      />
      <TransferDialog
        target={target}
        opened={transferring}
        onClose={() => setTransferring(false)}
        onTransferred={(result) => {
          setTransferring(false);
          notifications.show({ color: 'teal', message: t.transferred(result.caseNumber) });
          navigate(routes.caseDetail(result.caseId));
        }}
      />
    </Stack>
  );
}
