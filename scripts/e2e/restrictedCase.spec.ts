import type { Page } from '@playwright/test';
import type { Role } from '../../electron/contract';
import type { Harness } from '../harness/startHarness';
import { apiCall, japanDaysAgo } from './apiCall';
import { expect, setUpThroughUi, test } from './fixtures';
import { answerOf, headerSearch, logIn, logOut, openCaseList } from './uiSteps';

// Issue 3, "Done when": restricted cases are invisible to a 相談員 who is not assigned; roles are
// enforced. Data is made through the API as the 管理者; every check is through the UI.

type Account = { login: string; displayName: string; password: string; role: Role };

const soudan1: Account = {
  login: 'soudan1',
  displayName: '相談 一郎',
  password: 'midori-2026-soudan1',
  role: 'worker',
};
const soudan2: Account = {
  login: 'soudan2',
  displayName: '相談 二葉',
  password: 'midori-2026-soudan2',
  role: 'worker',
};
const etsuran1: Account = {
  login: 'etsuran1',
  displayName: '閲覧 三郎',
  password: 'midori-2026-etsuran1',
  role: 'viewer',
};

const ordinaryPerson = { name: '田中 一郎', kana: 'たなか いちろう', phone: '0123-45-0001' };
const restrictedPerson = { name: '鈴木 美咲', kana: 'すずき みさき', phone: '080-3141-5926' };
const restrictedChild = { name: '鈴木 陽菜', kana: 'すずき ひな' };

/**
 * As the 管理者: an ordinary case, and a DV case in another household put under 閲覧制限 with
 * the 管理者 as 主担当 and soudan2 as 副担当; three accounts besides the 管理者.
 */
async function seedOffice(page: Page, harness: Harness) {
  const [me] = await apiCall(page, harness, 'staff.options', {});
  if (!me) throw new Error('no 管理者 in staff.options');
  const ordinary = await apiCall(page, harness, 'case.intake', {
    receivedOn: japanDaysAgo(30),
    receivedBy: me.id,
    route: 'counter',
    person: {
      mode: 'newHousehold',
      household: { address: 'みどり町本町1-1-1', district: '北圏域' },
      person: {
        name: ordinaryPerson.name,
        nameKana: ordinaryPerson.kana,
        birthDate: '1950-01-15',
        sex: 'male',
        relationship: '本人',
        phone: ordinaryPerson.phone,
      },
    },
    fields: ['elderly'],
    chiefComplaint: '一人暮らしで買い物に困っている。',
  });
  const restricted = await apiCall(page, harness, 'case.intake', {
    receivedOn: japanDaysAgo(10),
    receivedBy: me.id,
    route: 'phone',
    person: {
      mode: 'newHousehold',
      household: { address: 'みどり町東町7-8-9', district: '東圏域' },
      person: {
        name: restrictedPerson.name,
        nameKana: restrictedPerson.kana,
        birthDate: '1990-07-07',
        sex: 'female',
        relationship: '本人',
        phone: restrictedPerson.phone,
      },
    },
    fields: ['child'],
    tags: ['DV・虐待'],
    chiefComplaint: '夫からの暴力があり、子どもと避難したい。',
    urgency: 'high',
  });
  await apiCall(page, harness, 'person.create', {
    householdId: restricted.householdId,
    person: { name: restrictedChild.name, nameKana: restrictedChild.kana, relationship: '長女' },
  });
  await apiCall(page, harness, 'case.update', {
    id: restricted.caseId,
    restricted: true,
    mainStaffId: me.id,
  });

  const created = [soudan1, soudan2, etsuran1].map((account) =>
    harness.session.createStaffAccount(account),
  );
  const [, second] = created;
  if (!second) throw new Error('createStaffAccount returned nothing');
  await apiCall(page, harness, 'case.update', { id: restricted.caseId, subStaffId: second.id });
  return { me, ordinary, restricted };
}

/** What the restricted person can be searched by: name, ふりがな, phone both ways, case number. */
function restrictedSearchTerms(caseNumber: string): string[] {
  return [
    restrictedPerson.name,
    restrictedPerson.kana,
    restrictedPerson.phone,
    restrictedPerson.phone.replaceAll('-', ''),
    caseNumber,
    restrictedChild.name,
  ];
}

test('閲覧制限: an unassigned 相談員 sees nothing of the case; its 副担当 finds and opens it', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { ordinary, restricted } = await seedOffice(page, harness);

  // The 管理者 sees both, the restricted one marked.
  await openCaseList(page);
  await expect(page.getByTestId('case-total')).toHaveText('全2件');
  const list = page.getByRole('table', { name: /ケース一覧/ });
  await expect(list.getByRole('row', { name: new RegExp(restricted.caseNumber) })).toContainText(
    '閲覧制限',
  );
  await logOut(page);

  // soudan1: not assigned.
  await logIn(page, soudan1);
  await openCaseList(page);
  await expect(page.getByTestId('case-total')).toHaveText('全1件');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByText(ordinary.caseNumber)).toBeVisible();
  await expect(list.getByText(restricted.caseNumber)).toHaveCount(0);
  await expect(list.getByText(restrictedPerson.name)).toHaveCount(0);

  // Search works for soudan1 (the ordinary case is found) but finds nothing of the restricted one.
  await headerSearch(page, ordinaryPerson.kana);
  await expect(page.getByRole('table', { name: 'ケース' })).toContainText(ordinary.caseNumber);
  for (const words of restrictedSearchTerms(restricted.caseNumber)) {
    await headerSearch(page, words);
    await expect(page.getByRole('region', { name: '人物', exact: true })).toContainText(
      '該当する人物はいません。',
    );
    await expect(page.getByRole('region', { name: 'ケース', exact: true })).toContainText(
      '該当するケースはありません。',
    );
  }

  // Opening it by address reads as if it did not exist.
  await page.goto(`${harness.origin}/#/cases/${restricted.caseId}`);
  await expect(page.getByRole('heading', { name: 'ケースが見つかりません' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(restrictedPerson.name);
  await expect(page.getByRole('main')).not.toContainText(restricted.caseNumber);

  // So does the household (DV: the whereabouts are the secret), the same as one never made.
  await page.goto(`${harness.origin}/#/households/9999`);
  const missing = page.getByRole('main').getByRole('alert');
  await expect(missing).toContainText('世帯が見つかりません。');
  const missingText = (await missing.textContent()) ?? '';
  await page.goto(`${harness.origin}/#/households/${restricted.householdId}`);
  const hidden = page.getByRole('main').getByRole('alert');
  await expect(hidden).toContainText('世帯を表示できませんでした');
  await expect(hidden).toHaveText(missingText);
  await expect(page.getByRole('main')).not.toContainText('鈴木');
  await expect(page.getByRole('main')).not.toContainText('東町');

  // The ordinary case still opens for soudan1.
  await page.goto(`${harness.origin}/#/cases/${ordinary.caseId}`);
  await expect(page.getByRole('heading', { name: ordinaryPerson.name, level: 1 })).toBeVisible();
  // The services refuse it too, not only the screens.
  await expect(apiCall(page, harness, 'case.get', { id: restricted.caseId })).rejects.toThrow(
    /NOT_FOUND/,
  );
  await logOut(page);

  // soudan2: the 副担当 finds it in the list and by every search, and opens it.
  await logIn(page, soudan2);
  await openCaseList(page);
  await expect(page.getByTestId('case-total')).toHaveText('全2件');
  for (const words of restrictedSearchTerms(restricted.caseNumber)) {
    await headerSearch(page, words);
    const found =
      words === restricted.caseNumber
        ? page.getByRole('table', { name: 'ケース' }).getByText(restricted.caseNumber)
        : page.getByRole('table', { name: '人物' }).getByRole('row', { name: /鈴木/ });
    await expect(found).toBeVisible();
  }
  await openCaseList(page);
  await list.getByRole('row', { name: new RegExp(restricted.caseNumber) }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${restricted.caseId}$`));
  await expect(page.getByRole('heading', { name: restrictedPerson.name, level: 1 })).toBeVisible();
  await expect(page.getByTestId('case-number')).toHaveText(restricted.caseNumber);
  await expect(page.getByRole('banner').getByText(soudan2.displayName)).toBeVisible();
  await expect(page.getByRole('main')).toContainText(soudan2.displayName);
  await page.getByRole('link', { name: '世帯を見る' }).click();
  await expect(page.getByRole('heading', { name: `${restrictedPerson.name} 世帯` })).toBeVisible();
  await expect(page.getByRole('table', { name: '世帯員' })).toContainText(restrictedChild.name);
});

test('閲覧: reads cases but is offered no way to add or change anything', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { ordinary, restricted } = await seedOffice(page, harness);
  // Something of every kind on the ordinary case, so each would have its edit button.
  await apiCall(page, harness, 'note.create', {
    caseId: ordinary.caseId,
    occurredAt: `${japanDaysAgo(3)}T10:00`,
    means: 'homeVisit',
    counterpart: '本人',
    facts: '自宅を訪問。冷蔵庫がほぼ空だった。',
  });
  await apiCall(page, harness, 'consent.record', {
    caseId: ordinary.caseId,
    kind: 'application',
    state: 'given',
    recordedOn: japanDaysAgo(3),
    method: 'signature',
  });
  const agency = await apiCall(page, harness, 'agency.create', {
    agency: {
      name: 'みどり町社会福祉協議会',
      kind: 'shakyo',
      contactPerson: '高橋 恵',
      phone: '0123-45-3333',
      shienMeetingMember: true,
    },
  });
  await apiCall(page, harness, 'caseAgency.set', {
    caseId: ordinary.caseId,
    agencyId: agency.id,
    role: '買い物支援ボランティアの調整',
  });
  await logOut(page);

  await logIn(page, etsuran1);
  await expect(page.getByRole('banner')).toContainText('閲覧');
  await openCaseList(page);
  // 閲覧 is not assigned to the restricted case either.
  await expect(page.getByTestId('case-total')).toHaveText('全1件');
  await expect(page.getByRole('table', { name: /ケース一覧/ })).not.toContainText(
    restricted.caseNumber,
  );
  await expect(page.getByRole('link', { name: '相談受付' })).toBeHidden();
  await expect(page.getByRole('link', { name: '世帯を登録' })).toBeHidden();

  // The case screen: read-only notice, no edit button, and no button or input on any tab.
  const roleKnown = answerOf(page, 'app.status');
  const caseLoaded = answerOf(page, 'case.get');
  await page
    .getByRole('table', { name: /ケース一覧/ })
    .getByRole('row', { name: new RegExp(ordinary.caseNumber) })
    .click();
  await Promise.all([roleKnown, caseLoaded]);
  await expect(page.getByRole('heading', { name: ordinaryPerson.name, level: 1 })).toBeVisible();
  await expect(
    page.getByText('閲覧のみの権限のため、記録の追加や変更はできません。'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'ケース情報を編集' })).toHaveCount(0);
  await expect(page.getByTestId('note-card')).toHaveCount(1);
  for (const tab of ['経過記録', '本人同意', '関係機関', '終結']) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    const panel = page.getByRole('tabpanel', { name: new RegExp(`^${tab}`) });
    await expect(panel).toBeVisible();
    // 訂正履歴 only reads the earlier versions; nothing else is offered.
    await expect(panel.getByRole('button').filter({ hasNotText: '訂正履歴' })).toHaveCount(0);
    await expect(panel.getByRole('textbox')).toHaveCount(0);
    await expect(panel.getByRole('combobox')).toHaveCount(0);
    if (tab === '関係機関') {
      await expect(panel.getByRole('table', { name: 'このケースの関係機関' })).toContainText(
        '買い物支援ボランティアの調整',
      );
    }
  }
  await expect(page.getByRole('form')).toHaveCount(0);

  // The household: no 編集, no 世帯員を追加, no 相談を受け付ける.
  await page.getByRole('link', { name: '世帯を見る' }).click();
  await expect(page.getByRole('heading', { name: `${ordinaryPerson.name} 世帯` })).toBeVisible();
  await expect(page.getByRole('table', { name: '世帯員' })).toContainText(ordinaryPerson.name);
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);

  // 相談受付 by its address says why instead of offering a form.
  await page.goto(`${harness.origin}/#/cases/new`);
  await expect(page.getByText('閲覧のみの権限のため、この画面では登録できません。')).toBeVisible();
  await expect(page.getByRole('button', { name: '受付を保存' })).toHaveCount(0);

  // The services refuse a write from 閲覧 whatever the screen shows.
  await expect(
    apiCall(page, harness, 'note.create', {
      caseId: ordinary.caseId,
      occurredAt: `${japanDaysAgo(1)}T10:00`,
      means: 'phone',
    }),
  ).rejects.toThrow(/FORBIDDEN/);
});

test('閲覧制限: nothing the 管理者 looked at stays in the page for the next user', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { restricted } = await seedOffice(page, harness);

  // The 管理者 looks at the restricted household (the page remembers its people) and searches.
  await page.goto(`${harness.origin}/#/households/${restricted.householdId}`);
  await expect(page.getByText(restrictedPerson.name).first()).toBeVisible();
  await headerSearch(page, restrictedPerson.name);
  await logOut(page);

  // soudan1 starts at ホーム, without the previous search words in the address or the box.
  await logIn(page, soudan1);
  expect(new URL(page.url()).hash).toBe('#/home');
  await expect(page.getByRole('searchbox', { name: '検索', exact: true })).toHaveValue('');

  // Asking for an intake about the restricted person shows nothing of her.
  await page.goto(`${harness.origin}/#/cases/new?person=${restricted.personId}`);
  await expect(page.getByRole('heading', { name: '相談受付' })).toBeVisible();
  await expect(page.getByText(restrictedPerson.name)).toHaveCount(0);
  await expect(page.getByText(restrictedPerson.kana)).toHaveCount(0);
});
