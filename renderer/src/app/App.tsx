import { useEffect, useRef, useState } from 'react';
import type { SetupResult } from '../../../electron/contract';
import { LoadingScreen } from '../components/LoadingScreen';
import { LockPage } from '../features/auth/LockPage';
import { LoginPage } from '../features/auth/LoginPage';
import { confirmRecoveryKey } from '../features/recoveryKey/recoveryKeyGate';
import { RecoveryKeyPage } from '../features/setup/RecoveryKeyPage';
import { SetupPage } from '../features/setup/SetupPage';
import { liveJa } from '../i18n/liveJa';
import { KasaneShell } from '../features/shell/KasaneShell';
import { decideMemory, resetPageMemory } from './memoryOwner';
import { isUnlocked } from './sessionStatus';
import { StartupErrorScreen } from './StartupErrorScreen';
import { useAppStatus } from './useAppStatus';

type RecoveryShown = { recoveryKey: string; municipalityName: string; createdAt: Date };

/**
 * Picks the screen from app.status: 初期設定 (then the one-time 回復キー), ログイン, ロック中,
 * or the app shell. The main side's session is the truth; this only mirrors it.
 */
export function App() {
  const { view, refresh } = useAppStatus();
  const [recovery, setRecovery] = useState<RecoveryShown | null>(null);
  // Set from the lock screen: show the login form while the session stays locked.
  const [switchingFrom, setSwitchingFrom] = useState<number | null>(null);
  const memoryOwner = useRef<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const readyStatus = view.kind === 'ready' ? view.status : null;
  useEffect(() => {
    if (!readyStatus) return;
    const decision = decideMemory(memoryOwner.current, readyStatus);
    memoryOwner.current = decision.owner;
    if (decision.reset) resetPageMemory();
  }, [readyStatus]);

  if (recovery) {
    // Setup is finished once the key is confirmed as stored; should recording that fail, the
    // shell's 回復キー gate asks again (with a new key: this one is gone with the page).
    const start = async () => {
      setConfirming(true);
      await confirmRecoveryKey().catch(() => undefined);
      setConfirming(false);
      setRecovery(null);
      await refresh();
    };
    return <RecoveryKeyPage {...recovery} busy={confirming} onStart={() => void start()} />;
  }
  if (view.kind === 'loading') return <LoadingScreen />;
  if (view.kind === 'failed') return <StartupErrorScreen error={view.error} onRetry={refresh} />;

  const status = view.status;
  if (!status.initialized) {
    const onDone = (result: SetupResult, municipalityName: string) =>
      setRecovery({ recoveryKey: result.recoveryKey, municipalityName, createdAt: new Date() });
    return <SetupPage onDone={onDone} />;
  }
  if (isUnlocked(status)) return <KasaneShell status={status} refresh={refresh} />;

  const afterLogin = async () => {
    setSwitchingFrom(null);
    await refresh();
  };
  const session = status.session;
  if (session.state === 'locked' && switchingFrom !== session.user.staffId) {
    return (
      <LockPage
        user={session.user}
        onUnlocked={refresh}
        onSwitchUser={() => setSwitchingFrom(session.user.staffId)}
      />
    );
  }
  return (
    <LoginPage
      onLoggedIn={afterLogin}
      onCancel={session.state === 'locked' ? () => setSwitchingFrom(null) : undefined}
      notice={
        session.state === 'loggedOut' && session.endedBecause
          ? liveJa.sessionEnded[session.endedBecause]
          : undefined
      }
    />
  );
}
