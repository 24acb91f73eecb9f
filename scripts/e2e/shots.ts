import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Saves a full-page screenshot when KASANE_SHOTS names a folder (for looking at the screens
 * with realistic data); does nothing otherwise.
 */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.KASANE_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  // The app header is fixed: a page shot taken scrolled down draws it mid-page.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
