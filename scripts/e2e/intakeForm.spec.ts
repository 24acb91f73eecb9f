import { apiCall, japanDaysAgo } from './apiCall';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';
import { fillMember } from './uiSteps';

// Issue 18: the 相談受付・申込票 as FORMS.md lists it — 主な課題 (◎) and 来談者の電話 recorded at
// 相談受付, 電話 自宅 / 携帯, the office's 個人情報の取扱い from 管理, and the variant that follows
// the recorded consent.

const person = {
  name: '森 健一',
  kana: 'もり けんいち',
  birth: '1980/5/6',
  relationship: '本人',
  phone: '0123-45-1111',
};

test('相談受付 records 主な課題 and 来談者の電話, and the 相談受付・申込票 prints them', async ({
  page,
  harness,
}) => {
  // 管理, a household, an intake and two prints: longer than one flow on a busy machine.
  test.setTimeout(300_000);
  await setUpThroughUi(page, harness);

  // 管理: the office's own 個人情報の取扱い sentence.
  const notice = 'みどり町は、ご相談で知った個人情報をみどり町個人情報保護条例に従って管理します。';
  await page.getByRole('navigation').getByRole('link', { name: '管理' }).click();
  const noticeForm = page.getByRole('form', { name: '個人情報の取扱い' });
  const noticeField = noticeForm.getByLabel('個人情報の取扱いの説明文');
  // The settings load after the page: on a busy machine that takes a while.
  await expect(noticeField).toBeVisible({ timeout: 30_000 });
  await expect(noticeField).toHaveValue(/ご本人の同意なく第三者に提供することはありません/);
  await noticeField.fill('');
  await noticeForm.getByRole('button', { name: '説明文を保存' }).click();
  await expect(noticeForm.getByText('個人情報の取扱いの文を入力してください')).toBeVisible();
  await noticeField.fill(notice);
  await noticeForm.getByRole('button', { name: '説明文を保存' }).click();
  await expect(page.getByText('個人情報の取扱いの説明文を保存しました')).toBeVisible();

  // 世帯を登録 with 電話 自宅 and 携帯.
  await page.getByRole('navigation').getByText('ケース', { exact: true }).click();
  await page.getByRole('link', { name: '世帯を登録' }).click();
  await expect(page.getByRole('heading', { name: '世帯を登録' })).toBeVisible();
  await page.getByLabel('住所', { exact: true }).fill('みどり町本町5-6-7');
  const member = page.getByRole('group', { name: '世帯員 1' });
  await fillMember(member, person);
  await member.getByLabel('電話（携帯）', { exact: true }).fill('090-5555-6666');
  await page.getByRole('button', { name: '世帯を登録する' }).click();
  await expect(page.getByRole('heading', { name: '森 健一 世帯' })).toBeVisible();
  await expect(page.getByRole('table', { name: '世帯員' })).toContainText(
    '0123-45-1111／090-5555-6666',
  );
  await page.getByRole('link', { name: `${person.name}: この人の相談を受け付ける` }).click();

  // 相談受付: a sister came, with her phone; two 課題, the second the most pressing.
  await expect(page.getByRole('heading', { name: '相談受付' })).toBeVisible();
  await page.getByRole('radio', { name: '窓口' }).check();
  await page.getByRole('checkbox', { name: '本人以外が来談' }).check();
  await page.getByLabel('来談者', { exact: true }).fill('森 由美');
  await page.getByLabel('来談者の続柄').fill('姉');
  await page.getByLabel('来談者の電話').fill('080-7777-8888');
  await page.getByRole('checkbox', { name: '生活困窮' }).check();
  const mainTag = page.getByRole('combobox', { name: '主な課題' });
  await expect(mainTag).toBeDisabled();
  const tags = page.getByRole('combobox', { name: '課題', exact: true });
  await tags.click();
  await page.getByRole('option', { name: '生活困窮' }).click();
  await tags.fill('債務');
  await page.getByRole('option', { name: '債務' }).click();
  await page.keyboard.press('Escape');
  await mainTag.click();
  await page.getByRole('option', { name: '債務', exact: true }).click();
  await expect(mainTag).toHaveValue('債務');
  await page.getByLabel('主訴').fill('借金の返済が追いつかず、家賃も滞納している。');
  await shot(page, 'intake-main-tag');
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot(page, 'intake-main-tag-1366');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: '受付を保存' }).click();
  await expect(page.getByText(/ケース R8-0001 を作成しました/)).toBeVisible();

  // The case screen shows both.
  const header = page.getByRole('banner').last();
  await expect(page.getByRole('heading', { name: person.name, level: 1 })).toBeVisible();
  await expect(page.getByText('主な課題', { exact: true })).toBeVisible();
  await expect(page.getByText('080-7777-8888')).toBeVisible();
  await expect(header).toBeVisible();
  await shot(page, 'case-main-tag');
  const caseId = Number(/#\/cases\/(\d+)$/.exec(page.url())?.[1]);
  const detail = await apiCall(page, harness, 'case.get', { id: caseId });
  expect(detail).toMatchObject({ mainTag: '債務', visitorPhone: '080-7777-8888' });
  expect(detail.person).toMatchObject({ phone: '0123-45-1111', mobilePhone: '090-5555-6666' });

  // 印刷 → 相談受付・申込票: the 本人同意あり form.
  const frame = page.frameLocator('[data-testid="print-frame"]');
  const openForm = async () => {
    await page.getByRole('button', { name: '印刷', exact: true }).click();
    await page.getByRole('menuitem', { name: '相談受付・申込票' }).click();
    const dialog = page.getByRole('dialog', { name: '相談受付・申込票（R8-0001）' });
    await expect(frame.getByRole('heading', { name: '相談受付・申込票' })).toBeVisible();
    return dialog;
  };
  const dialog = await openForm();
  for (const text of [
    '本人同意あり',
    '090-5555-6666',
    '0123-45-1111',
    '080-7777-8888',
    '森 由美（姉）',
    notice,
    '利用申込',
    '情報共有への同意',
  ]) {
    await expect(frame.getByText(text, { exact: false }).first()).toBeVisible();
  }
  await expect(frame.getByRole('listitem').filter({ hasText: '債務' })).toContainText('◎');
  await expect(frame.getByRole('listitem').filter({ hasText: '収入・生活費' })).toContainText('○');
  await expect(frame.getByRole('listitem').filter({ hasText: '介護' })).not.toContainText(/[○◎]/);
  await shot(page, 'print-intake-consent');
  await page.evaluate(`(() => {
    const frame = document.querySelector('[data-testid="print-frame"]');
    window.printCalls = 0;
    frame.contentWindow.print = () => { window.printCalls += 1; };
  })()`);
  await dialog.getByRole('button', { name: '印刷', exact: true }).click();
  expect(await page.evaluate('window.printCalls')).toBe(1);
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await expect(dialog).toBeHidden();

  // The person refused 情報共有: the 同意なし form, without the consent box.
  await apiCall(page, harness, 'consent.record', {
    caseId,
    kind: 'infoSharing',
    state: 'refused',
    recordedOn: japanDaysAgo(0),
    method: 'verbal',
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: person.name, level: 1 })).toBeVisible();
  await openForm();
  await expect(frame.getByText('本人同意なし')).toBeVisible();
  await expect(frame.getByText('社会福祉法第106条の6', { exact: false })).toBeVisible();
  await expect(frame.getByText('情報共有への同意')).toHaveCount(0);
  await shot(page, 'print-intake-no-consent');

  const audit = await apiCall(page, harness, 'audit.list', { filters: { action: 'print.intake' } });
  expect(JSON.stringify(audit)).toContain('noConsent');
});
