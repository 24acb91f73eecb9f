import { buildDesktop } from '../desktop/buildDesktop';
import { repoRoot } from '../desktop/bundleOptions';
import { electronAvailability } from './electronAvailability';

/**
 * Builds out/ (main, preload, renderer) for the desktop E2E, or says why it is skipped. With
 * KASANE_REQUIRE_ELECTRON=1 (CI), a machine that cannot run it fails instead of skipping.
 */
// eslint-disable-next-line no-restricted-syntax -- Playwright runs the default export
export default async function globalSetup(): Promise<void> {
  const availability = electronAvailability(repoRoot, process.env);
  if (!availability.ok) {
    if (process.env.KASANE_REQUIRE_ELECTRON === '1') throw new Error(availability.reason);
    process.stderr.write(`\n${availability.reason}\n\n`);
    return;
  }
  await buildDesktop({ renderer: true, log: (line) => process.stderr.write(line + '\n') });
}
