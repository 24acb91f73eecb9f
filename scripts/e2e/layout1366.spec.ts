import { expect } from '@playwright/test';
import { logInToDemo, test } from './demoOffice';
import { cutBadges, linesOfMatches } from './layoutFit';
import { shot } from './shots';

// Issue 17, defect 9: at 1366×768 (a common office laptop) and in the default 1280×800 window,
// badges are drawn whole, an open note form leaves the case history in view, 管理's tables keep
// 「管理者」 on one line and the 監査ログ keeps case numbers on one line.

const staffTable = 'table[aria-label="職員アカウント一覧"]';
const auditTable = 'table[aria-label="監査ログの一覧"]';

for (const size of [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
]) {
  test(`${size.width}×${size.height}: badges whole, history in view, no broken words`, async ({
    page,
    demoHarness,
  }) => {
    await page.setViewportSize(size);
    await logInToDemo(page, demoHarness);
    const origin = demoHarness.origin;

    // ケース一覧 with every case (終結 too): no 段階 or 課題 badge cut.
    await page.goto(`${origin}/#/cases`);
    await page.locator('label', { hasText: /^すべて$/u }).first().click();
    const table = page.getByRole('table').first();
    await expect(table.getByText('終結').first()).toBeVisible();
    expect(await cutBadges(page, 'main')).toEqual([]);
    await shot(page, `layout-${size.width}-cases`);

    // A case with history: the add form is open, and the newest note is still on screen.
    await page.goto(`${origin}/#/cases/1`);
    const form = page.getByRole('form', { name: '経過記録を追加' });
    await expect(form).toBeVisible();
    const newest = page.getByTestId('note-card').first();
    await expect(newest).toBeVisible();
    const box = await newest.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? size.height).toBeLessThan(size.height - 80);
    expect(await cutBadges(page, 'main')).toEqual([]);
    await shot(page, `layout-${size.width}-case`);

    // 管理: 職員アカウント keeps 権限 and names whole, and its badges (鍵なし) uncut.
    await page.goto(`${origin}/#/admin`);
    const staff = page.getByRole('table', { name: '職員アカウント一覧' });
    await expect(staff.getByText('管理者', { exact: true })).toBeVisible();
    for (const found of await linesOfMatches(page, staffTable, '管理者|相談員')) {
      expect(found, found.text).toEqual({ text: found.text, lines: 1 });
    }
    expect(await cutBadges(page, staffTable)).toEqual([]);
    await shot(page, `layout-${size.width}-admin`);

    // 監査ログ: the cases just opened appear with their numbers on one line, 操作 on one line.
    await page.goto(`${origin}/#/admin/audit`);
    const log = page.getByRole('table', { name: '監査ログの一覧' });
    await expect(log.getByText(/R\d+-\d{4}/u).first()).toBeVisible();
    const numbers = await linesOfMatches(page, auditTable, 'R\\d+-\\d{4}|ケースの閲覧');
    expect(numbers.length).toBeGreaterThan(0);
    for (const found of numbers) expect(found, found.text).toEqual({ text: found.text, lines: 1 });
    await shot(page, `layout-${size.width}-audit`);
  });
}
