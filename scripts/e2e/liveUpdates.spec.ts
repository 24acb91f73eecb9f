import fs from 'node:fs';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import type { CallInput, CallName, CallOutput, Envelope } from '../../electron/contract';
import { createTempDir } from '../../db/testing/createTestDb';
import { adminOnly } from '../../electron/contract/roles';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { configureBackups } from '../../electron/services/backup/backupStatus';
import { systemClock } from '../../electron/services/clock';
import { createJsonLog } from '../server/jsonLog';
import { startServer, type OfficeServer } from '../server/startServer';
import { loadTlsCredentials } from '../server/tlsCredentials';
import { japanDaysAgo } from './apiCall';
import { addNote, reiwa } from './caseDetailSteps';
import { shot } from './shots';

// Issue 15 items 6 and 8: staff at their own desks see each other's saves appear without
// reloading (the server's event stream); a 閲覧制限 case's changes never reach the unassigned;
// a restore sends everyone else to ログイン, saying why.

const kanri = { login: 'kanri', displayName: '管理 花子', password: 'midori-2026-kanri' };
const soudan1 = { login: 'soudan1', displayName: '相談 一郎', password: 'midori-2026-soudan1' };
const soudan2 = { login: 'soudan2', displayName: '相談 二葉', password: 'midori-2026-soudan2' };

const test = base.extend<{ server: OfficeServer }>({
  // Playwright reads the fixture's dependencies from this destructuring; it has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dataDir = createTempDir('kasane-live-e2e-');
    const setup = new SessionManager({ dataDir, clock: systemClock, channel: 'cli' });
    setup.initialize({ ...kanri, municipalityName: 'みどり町', recoveryKeyShown: false });
    for (const account of [soudan1, soudan2]) {
      setup.createStaffAccount({ ...account, affiliation: '', role: 'worker' });
    }
    const { db, actor } = setup.requireUnlocked(adminOnly);
    configureBackups(db, actor, systemClock, { folder: `${dataDir}-backups` });
    setup.shutdown();
    const tls = await loadTlsCredentials({ dataDir, listenHost: '127.0.0.1' });
    const server = await startServer({
      dataDir,
      host: '127.0.0.1',
      port: 0,
      tls,
      log: createJsonLog(() => undefined),
    });
    await use(server);
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}-backups`, { recursive: true, force: true });
  },
});

/**
 * A browser of its own (cookies apart), trusting the server's certificate. Every message its
 * event stream receives is kept in `window.liveLog`, to prove what it was never sent.
 */
async function desk(browser: Browser, server: OfficeServer): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  // Page code, as text: this project's Node types know no DOM.
  await context.addInitScript({
    content: `(() => {
      const log = [];
      window.liveLog = log;
      const Original = window.EventSource;
      window.EventSource = class extends Original {
        constructor(url, init) {
          super(url, init);
          this.addEventListener('change', (event) => log.push(event.data));
        }
      };
    })();`,
  });
  const page = await context.newPage();
  await page.goto(server.origin);
  return page;
}

function liveLog(page: Page): Promise<string[]> {
  return page.evaluate<string[]>('window.liveLog');
}

/** Logs in through the screen; a login (scrypt) may take long on a busy test machine. */
async function logIn(
  page: Page,
  account: { login: string; password: string; displayName: string },
) {
  await page.getByLabel('ログイン名').fill(account.login);
  await page.getByLabel('パスワード', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('banner').getByText(account.displayName)).toBeVisible({
    timeout: 60_000,
  });
}

/** A contract call as this browser's session, from the server's own origin (set-up data). */
async function apiCall<N extends CallName>(
  page: Page,
  server: OfficeServer,
  name: N,
  input: CallInput<N>,
): Promise<CallOutput<N>> {
  const response = await page.request.post(`${server.origin}/api/call`, {
    headers: { 'Content-Type': 'application/json', Origin: server.origin },
    data: { name, input },
  });
  const envelope = (await response.json()) as Envelope<CallOutput<N>>;
  if (!envelope.ok) throw new Error(`${name}: ${envelope.code} ${envelope.message}`);
  return envelope.value;
}

function intake(receivedBy: number, name: string, kana: string, address: string) {
  return {
    receivedOn: japanDaysAgo(10),
    receivedBy,
    route: 'counter',
    person: {
      mode: 'newHousehold',
      household: { address, district: '北圏域' },
      person: { name, nameKana: kana, relationship: '本人' },
    },
    fields: ['elderly'],
    chiefComplaint: '一人暮らしで買い物に困っている。',
  } satisfies CallInput<'case.intake'>;
}

test('a note appears on the other desk’s open case; 閲覧制限 changes never reach the unassigned; a restore logs the others out saying why', async ({
  browser,
  server,
}) => {
  test.setTimeout(600_000);
  const admin = await desk(browser, server);
  await logIn(admin, kanri);
  const staff = await apiCall(admin, server, 'staff.options', {});
  const idOf = (name: string) => staff.find((option) => option.displayName === name)?.id ?? 0;
  const ordinary = await apiCall(
    admin,
    server,
    'case.intake',
    intake(idOf(kanri.displayName), '田中 一郎', 'たなか いちろう', 'みどり町本町1-1-1'),
  );
  const hidden = await apiCall(
    admin,
    server,
    'case.intake',
    intake(idOf(kanri.displayName), '鈴木 美咲', 'すずき みさき', 'みどり町東町7-8-9'),
  );
  await apiCall(admin, server, 'case.update', {
    id: hidden.caseId,
    restricted: true,
    mainStaffId: idOf(soudan1.displayName),
  });

  const one = await desk(browser, server);
  const two = await desk(browser, server);
  await logIn(one, soudan1);
  await logIn(two, soudan2);
  for (const page of [one, two, admin]) {
    await expect(page.getByRole('heading', { name: 'ホーム', level: 1 })).toBeVisible({
      timeout: 30_000,
    });
    await page.goto(`${server.origin}/#/cases/${ordinary.caseId}`);
    await expect(page.getByRole('heading', { name: '田中 一郎', level: 1 })).toBeVisible({
      timeout: 30_000,
    });
  }

  // The second 相談員 starts typing a note of their own, then the first adds one.
  const draft = two.getByRole('form', { name: '経過記録を追加' }).getByLabel('内容');
  await draft.fill('電話で近況を確認した（入力中）');
  // The 主担当 writes on the 閲覧制限 case first; then on the open one, through the screen.
  await apiCall(one, server, 'note.create', {
    caseId: hidden.caseId,
    occurredAt: `${japanDaysAgo(1)}T09:00`,
    means: 'phone',
    facts: '避難先について相談した。',
  });
  await addNote(
    one,
    {
      date: reiwa(japanDaysAgo(1)),
      time: '10:30',
      means: '訪問',
      counterpart: '本人',
      minutes: '30',
      facts: '自宅を訪問。冷蔵庫がほぼ空だった。',
      assessment: '配食サービスの利用を提案する。',
    },
    false,
  );
  const started = Date.now();
  // Without reloading, the note appears on the other desks within a few seconds.
  for (const page of [two, admin]) {
    await expect(page.getByTestId('note-card').first()).toContainText('冷蔵庫がほぼ空だった', {
      timeout: 10_000,
    });
  }
  const seenWithinMs = Date.now() - started;
  // What the second 相談員 was typing is still there.
  await expect(draft).toHaveValue('電話で近況を確認した（入力中）');
  await shot(two, 'live-note-appeared');

  // The stream of the unassigned 相談員 never carried the 閲覧制限 case or its household;
  // the 管理者's did (the filter, not chance, kept it out).
  const hiddenIds = [`"caseId":${hidden.caseId},`, `"householdId":${hidden.householdId}}`];
  const twoLog = (await liveLog(two)).join('\n');
  expect(twoLog).toContain(`"caseId":${ordinary.caseId},`);
  for (const id of hiddenIds) expect(twoLog).not.toContain(id);
  expect((await liveLog(admin)).join('\n')).toContain(hiddenIds[0]);
  // The author's own stream is not told of their own saves.
  expect(await liveLog(one)).toEqual([]);

  // A dialog open for editing keeps what was typed and says that someone else saved.
  await two.getByRole('button', { name: 'ケース情報を編集' }).click();
  const dialog = two.getByRole('dialog', { name: 'ケース情報を編集' });
  await dialog.getByLabel('主訴').fill('買い物と通院の支援が必要（入力中）');
  await apiCall(one, server, 'case.update', { id: ordinary.caseId, urgency: 'high' });
  await expect(dialog.getByText('ほかの職員が更新しました')).toBeVisible({ timeout: 10_000 });
  await expect(dialog.getByLabel('主訴')).toHaveValue('買い物と通院の支援が必要（入力中）');
  await shot(two, 'live-edit-dialog-notice');
  await dialog.getByRole('button', { name: 'キャンセル' }).click();

  // A restore on the server: every other desk is sent to ログイン with the reason.
  const backup = await apiCall(admin, server, 'backup.create', {});
  await apiCall(admin, server, 'backup.restore', { source: 'folder', fileName: backup.fileName });
  // (The page reloads on its way to ログイン, so that nothing of the case stays in memory.)
  for (const page of [one, two]) {
    await expect(page.getByTestId('session-ended')).toHaveText(
      '管理者がバックアップから復元したため、ログアウトしました。もう一度ログインしてください。',
      { timeout: 30_000 },
    );
  }
  await shot(one, 'live-restore-notice');
  console.log(`the note was on both other desks ${seenWithinMs} ms after it was saved`);
});
