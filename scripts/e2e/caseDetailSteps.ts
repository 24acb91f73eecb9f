import type { Locator, Page } from '@playwright/test';
import { japanDaysAgo } from './apiCall';
import { expect } from './fixtures';

/** An ISO date as staff type it in 和暦: R8.11.3. */
export function reiwa(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `R${y - 2018}.${m}.${d}`;
}

/** Picks an option of a Mantine Select / MultiSelect. */
export async function pick(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

type Note = {
  date: string;
  time: string;
  means: string;
  counterpart: string;
  facts: string;
  assessment: string;
  minutes: string;
};

/** Three visits of an 8050 case, oldest first, dated in 和暦 and 西暦, one time typed as 1400. */
export function threeNotes(): Note[] {
  return [
    {
      date: reiwa(japanDaysAgo(18)),
      time: '10:30',
      means: '来所',
      counterpart: '本人',
      minutes: '45',
      facts: '本人が来所。長男が10年ほど自室から出ないと話す。年金は月8万円。',
      assessment: '本人の疲労が強い。長男への直接の接触は急がない。',
    },
    {
      date: japanDaysAgo(12),
      time: '1400',
      means: '訪問',
      counterpart: '本人・長男',
      minutes: '60',
      facts: '自宅を訪問。長男は襖越しに返事をした。',
      assessment: '長男に拒否はない。',
    },
    {
      date: reiwa(japanDaysAgo(5)),
      time: '09:15',
      means: '関係機関',
      counterpart: '地域包括支援センター 佐藤さん',
      minutes: '20',
      facts: '地域包括と情報共有（本人同意済み）。',
      assessment: '介護保険の申請を検討。',
    },
  ];
}

/** Fills 「経過記録を追加」 and saves with the button or Ctrl+Enter; the form is then empty. */
export async function addNote(page: Page, note: Note, viaKeyboard: boolean): Promise<void> {
  const form = page.getByRole('form', { name: '経過記録を追加' });
  await form.getByLabel('日付').fill(note.date);
  await form.getByLabel('時刻').fill(note.time);
  await pick(page, form.getByRole('combobox', { name: '手段' }), note.means);
  await form.getByLabel('相手').fill(note.counterpart);
  await form.getByLabel('所要時間（分）').fill(note.minutes);
  await form.getByLabel('内容').fill(note.facts);
  await form.getByLabel('所見').fill(note.assessment);
  if (viaKeyboard) await form.getByLabel('所見').press('Control+Enter');
  else await form.getByRole('button', { name: '追加する' }).click();
  await expect(form.getByLabel('内容')).toHaveValue('');
}
