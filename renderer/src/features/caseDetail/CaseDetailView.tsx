import { Alert, Badge, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CaseDetail } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { PersonMatchesPanel } from '../participation/PersonMatchesPanel';
import { CaseMeetingsPanel } from '../meetings/CaseMeetingsPanel';
import { PlansPanel } from '../plans/PlansPanel';
import { CaseAgenciesPanel } from './CaseAgenciesPanel';
import { withConsent, withNote } from './caseDetailUpdates';
import { CaseEditModal } from './CaseEditModal';
import { CaseHeader } from './CaseHeader';
import { ClosePanel } from './ClosePanel';
import { ConsentPanel } from './ConsentPanel';
import { NotesPanel } from './NotesPanel';
import { useCaseOptions } from './useCaseOptions';

type Props = {
  detail: CaseDetail;
  writable: boolean;
  /** Replaces the case on screen with what a save returned. */
  onChange: (detail: CaseDetail) => void;
};

function Count({ n }: { n: number }) {
  return n > 0 ? (
    <Badge size="sm" variant="light" color="gray" ml={6} radius="sm">
      {n}
    </Badge>
  ) : null;
}

/** The case screen once loaded: the header, then 経過記録 / 本人同意 / 関係機関 / 終結. */
export function CaseDetailView({ detail, writable, onChange }: Props) {
  const t = ja.caseDetail;
  const { options, failed } = useCaseOptions();
  const [editing, setEditing] = useState(false);
  // Opening a plan is audited as a view: load plans only once the worker opens that tab.
  const [plansOpened, setPlansOpened] = useState(false);
  const [meetingsOpened, setMeetingsOpened] = useState(false);

  return (
    <Stack gap="md" maw={1200}>
      <CaseHeader detail={detail} onEdit={writable ? () => setEditing(true) : null} />
      {failed && <Alert color="yellow">{t.optionsFailed}</Alert>}
      {!writable && <Alert color="gray">{t.readOnly}</Alert>}
      <Tabs
        defaultValue="notes"
        keepMounted
        onChange={(tab) => {
          if (tab === 'plans') setPlansOpened(true);
          if (tab === 'meetings') setMeetingsOpened(true);
        }}
      >
        <Tabs.List>
          <Tabs.Tab value="notes">
            {t.tabs.notes}
            <Count n={detail.notes.length} />
          </Tabs.Tab>
          <Tabs.Tab value="consent">{t.tabs.consent}</Tabs.Tab>
          <Tabs.Tab value="agencies">
            {t.tabs.agencies}
            <Count n={detail.agencies.length} />
          </Tabs.Tab>
          <Tabs.Tab value="plans">{ja.plans.tab}</Tabs.Tab>
          <Tabs.Tab value="meetings">{ja.meetings.caseTab.tab}</Tabs.Tab>
          <Tabs.Tab value="participation">{ja.matches.tab}</Tabs.Tab>
          <Tabs.Tab value="close">{t.tabs.close}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="notes" pt="md">
          <NotesPanel
            detail={detail}
            writable={writable}
            onSaved={(note) => onChange(withNote(detail, note))}
          />
        </Tabs.Panel>
        <Tabs.Panel value="consent" pt="md">
          <ConsentPanel
            detail={detail}
            agencies={options.agencies}
            writable={writable}
            onSaved={(consent) => onChange(withConsent(detail, consent))}
          />
        </Tabs.Panel>
        <Tabs.Panel value="agencies" pt="md">
          <CaseAgenciesPanel
            detail={detail}
            agencies={options.agencies}
            writable={writable}
            onChange={(agencies) => onChange({ ...detail, agencies })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="plans" pt="md">
          {plansOpened && (
            <PlansPanel
              caseId={detail.id}
              options={options}
              writable={writable}
              onCaseChanged={onChange}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="participation" pt="md">
          <PersonMatchesPanel person={detail.person} caseId={detail.id} writable={writable} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          {meetingsOpened && <CaseMeetingsPanel caseId={detail.id} />}
        </Tabs.Panel>
        <Tabs.Panel value="close" pt="md">
          <ClosePanel detail={detail} writable={writable} onClosed={onChange} />
        </Tabs.Panel>
      </Tabs>
      <CaseEditModal
        opened={editing}
        detail={detail}
        options={options}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          notifications.show({ color: 'teal', message: t.saved });
          onChange(saved);
        }}
      />
    </Stack>
  );
}
