import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpSession } from '../services/auth/sessionManager.testing';
import { dispatcherFor } from './dispatch.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('audit.verify through the dispatcher', () => {
  it('checks the chain and compares it with every backup in the backup folder (default folder)', async () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { call } = dispatcherFor(fixture);
    const { folder } = await call('backup.status', {});
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    expect((await call('audit.verify', {})).backups).toEqual({ checked: 0, problems: [] });

    await call('backup.create', {});
    fixture.clock.advance(60_000);
    await call('backup.create', {});
    const result = await call('audit.verify', {});
    expect(result.problems).toEqual([]);
    expect(result.backups).toEqual({ checked: 2, problems: [] });
  });
});
