import { apiCall } from './apiCall';
import { expect, setUpThroughUi, test } from './fixtures';
import { headerSearch } from './uiSteps';

// Issue 17, defect 10: a person reads every date in 和暦 first, with the 西暦 as the hint — in
// date fields (not 「2026/12/8」) and in search results (not 「1970年3月2日（昭和45年）」).

test('date fields and search results show 和暦 first and 西暦 as the hint', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  await apiCall(page, harness, 'household.create', {
    household: { address: 'みどり町本町1-2-3' },
    members: [{ name: '山本 和子', nameKana: 'やまもと かずこ', birthDate: '1970-03-02' }],
  });

  await headerSearch(page, '山本');
  const persons = page.getByRole('region', { name: '人物', exact: true });
  await expect(persons.getByText(/^昭和45年3月2日（1970年）・\d+歳$/u)).toBeVisible();
  await expect(persons).not.toContainText('1970年3月2日');

  await page.goto(`${harness.origin}/#/cases/new`);
  await expect(page.getByRole('heading', { name: '相談受付' })).toBeVisible();
  const receivedOn = page.getByLabel('受付日');
  await expect(receivedOn).toHaveValue(/^令和\d+年\d{1,2}月\d{1,2}日$/u);
  // The reading under the field: 和暦 again, then the 西暦 year.
  const reading = page.getByTestId('date-reading').first();
  await expect(reading).toHaveText(/^令和\d+年\d{1,2}月\d{1,2}日（20\d\d年）$/u);

  // A date typed in 西暦 is read back in 和暦 first.
  await receivedOn.fill('2026/4/1');
  await expect(reading).toHaveText('令和8年4月1日（2026年）');
});
