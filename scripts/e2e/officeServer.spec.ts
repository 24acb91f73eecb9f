import fs from 'node:fs';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import type { CallInput, CallName, CallOutput, Envelope } from '../../electron/contract';
import { createTempDir } from '../../db/testing/createTestDb';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { systemClock } from '../../electron/services/clock';
import { createJsonLog } from '../server/jsonLog';
import { startServer, type OfficeServer } from '../server/startServer';
import { loadTlsCredentials } from '../server/tlsCredentials';
import { japanDaysAgo } from './apiCall';
import { addNote, reiwa } from './caseDetailSteps';
import { shot } from './shots';
import { headerSearch, logIn } from './uiSteps';

// Issue 15: the office server. Three staff at their own desks (three browser contexts) on one
// server started here on 127.0.0.1, each in their own session; every check is through the UI.

const kanri = { login: 'kanri', displayName: '管理 花子', password: 'midori-2026-kanri' };
const soudan1 = { login: 'soudan1', displayName: '相談 一郎', password: 'midori-2026-soudan1' };
const soudan2 = { login: 'soudan2', displayName: '相談 二葉', password: 'midori-2026-soudan2' };
const householdHead = { name: '田中 一郎', kana: 'たなか いちろう' };
const restrictedName = '鈴木 美咲';

const test = base.extend<{ server: OfficeServer }>({
  // Playwright reads the fixture's dependencies from this destructuring; it has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dataDir = createTempDir('kasane-server-e2e-');
    const setup = new SessionManager({ dataDir, clock: systemClock, channel: 'cli' });
    setup.initialize({ ...kanri, municipalityName: 'みどり町', recoveryKeyShown: false });
    for (const account of [soudan1, soudan2]) {
      setup.createStaffAccount({ ...account, affiliation: '', role: 'worker' });
    }
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
  },
});

/** A browser of its own (cookies apart), trusting the server's self-signed certificate. */
async function desk(browser: Browser, server: OfficeServer): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(server.origin);
  return page;
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

test('two staff at their own desks work on one household; 閲覧制限 holds; 管理者 ends a login', async ({
  browser,
  server,
}) => {
  test.setTimeout(180_000);
  // Before a 管理者 has logged in, the data stays closed to everyone else.
  const second = await desk(browser, server);
  await second.getByLabel('ログイン名').fill(soudan2.login);
  await second.getByLabel('パスワード', { exact: true }).fill(soudan2.password);
  await second.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(
    second.getByText('サーバーの準備ができていません。管理者がログインしてください。'),
  ).toBeVisible();

  const admin = await desk(browser, server);
  await logIn(admin, kanri);
  const staff = await apiCall(admin, server, 'staff.options', {});
  const me = staff.find((option) => option.displayName === kanri.displayName);
  const first = staff.find((option) => option.displayName === soudan1.displayName);
  if (!me || !first) throw new Error(`staff.options: ${JSON.stringify(staff)}`);
  const ordinary = await apiCall(admin, server, 'case.intake', {
    receivedOn: japanDaysAgo(20),
    receivedBy: me.id,
    route: 'counter',
    person: {
      mode: 'newHousehold',
      household: { address: 'みどり町本町1-1-1', district: '北圏域' },
      person: { name: householdHead.name, nameKana: householdHead.kana, relationship: '本人' },
    },
    fields: ['elderly'],
    chiefComplaint: '一人暮らしで買い物に困っている。',
  });
  const restricted = await apiCall(admin, server, 'case.intake', {
    receivedOn: japanDaysAgo(10),
    receivedBy: me.id,
    route: 'phone',
    person: {
      mode: 'newHousehold',
      household: { address: 'みどり町東町7-8-9', district: '東圏域' },
      person: { name: restrictedName, nameKana: 'すずき みさき', relationship: '本人' },
    },
    fields: ['child'],
    chiefComplaint: '夫からの暴力があり、避難したい。',
  });
  await apiCall(admin, server, 'case.update', {
    id: restricted.caseId,
    restricted: true,
    mainStaffId: first.id,
  });

  // Both 相談員 log in at the same time, each at their own desk, and open the same case.
  const one = await desk(browser, server);
  await second.reload();
  await logIn(one, soudan1);
  await logIn(second, soudan2);
  for (const page of [one, second]) {
    await expect(page.getByRole('heading', { name: 'ホーム', level: 1 })).toBeVisible();
    await page.goto(`${server.origin}/#/cases/${ordinary.caseId}`);
    await expect(page.getByRole('heading', { name: householdHead.name, level: 1 })).toBeVisible({
      timeout: 30_000,
    });
  }

  // One adds a note; the other sees it after reloading.
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
  await expect(one.getByTestId('note-card')).toHaveCount(1);
  await second.reload();
  await expect(second.getByTestId('note-card').first()).toContainText('冷蔵庫がほぼ空だった');
  await expect(second.getByTestId('note-card').first()).toContainText(soudan1.displayName);

  // The 閲覧制限 case: its 主担当 finds it, the other 相談員 finds nothing of it.
  await headerSearch(one, restrictedName);
  await expect(one.getByRole('region', { name: '人物', exact: true })).toContainText(
    restrictedName,
  );
  await headerSearch(second, restrictedName);
  await expect(second.getByRole('region', { name: '人物', exact: true })).not.toContainText(
    restrictedName,
  );

  // 管理 lists the three logins; the 管理者 ends the second 相談員's.
  await admin.getByRole('navigation').getByRole('link', { name: '管理' }).click();
  const sessions = admin.getByRole('table', { name: 'ログイン中の職員の一覧' });
  await expect(sessions.getByRole('row')).toHaveCount(4);
  await expect(sessions).toContainText('127.0.0.1');
  await expect(sessions.getByRole('row', { name: /管理 花子（あなた）/ })).not.toContainText(
    'ログインを終了',
  );
  await shot(admin, 'office-server-sessions');
  await sessions
    .getByRole('button', { name: `${soudan2.displayName}さんのログインを終了` })
    .click();
  await admin.getByRole('dialog').getByRole('button', { name: '終了する' }).click();
  await expect(admin.getByText(`${soudan2.displayName}さんのログインを終了しました`)).toBeVisible();
  await expect(sessions.getByRole('row')).toHaveCount(3);

  // That browser is sent to ログイン at its next step; the other 相談員 works on.
  // Its next call is refused; the page reloads (nothing of the case stays in it) to ログイン.
  // With live updates its event stream already says so and the page goes to ログイン by itself;
  // otherwise its next call does. Either way nothing of the case stays on that screen.
  const loginHeading = second.getByRole('heading', { name: 'ログイン' });
  if (!(await loginHeading.isVisible())) {
    await second
      .getByRole('navigation')
      .getByText('ケース', { exact: true })
      .click({ timeout: 10_000 })
      .catch(() => undefined);
  }
  await expect(loginHeading).toBeVisible({ timeout: 30_000 });
  await one.goto(`${server.origin}/#/cases/${ordinary.caseId}`);
  await expect(one.getByTestId('note-card')).toHaveCount(1);
});
