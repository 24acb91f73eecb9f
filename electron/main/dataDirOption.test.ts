import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../services/app/dataPaths';
import { resolveDataDir } from './dataDirOption';

const electronArgv = ['/opt/electron/electron', '/work/main'];

describe('resolveDataDir', () => {
  it.each([
    ['--data DIR', [...electronArgv, '--data', 'tmp/a'], {}, path.resolve('tmp/a')],
    ['--data=DIR', [...electronArgv, '--data=/srv/kasane'], {}, path.resolve('/srv/kasane')],
    [
      '--data beside Chromium switches',
      [...electronArgv, '--no-sandbox', '--data', '/srv/b', '--inspect=9229'],
      {},
      path.resolve('/srv/b'),
    ],
    ['KASANE_DATA_DIR', electronArgv, { KASANE_DATA_DIR: '/srv/env' }, path.resolve('/srv/env')],
    [
      '--data before KASANE_DATA_DIR',
      [...electronArgv, '--data', '/srv/arg'],
      { KASANE_DATA_DIR: '/srv/env' },
      path.resolve('/srv/arg'),
    ],
    ['nothing given', electronArgv, {}, defaultDataDir()],
    ['an empty KASANE_DATA_DIR', electronArgv, { KASANE_DATA_DIR: '' }, defaultDataDir()],
  ])('in development uses %s', (_case, argv, env, expected) => {
    expect(resolveDataDir({ argv, env, isPackaged: false })).toBe(expected);
  });

  it('ignores --data and KASANE_DATA_DIR in a packaged build', () => {
    const argv = ['C:\\Program Files\\Kasane\\Kasane.exe', '--data', 'E:\\copy'];
    expect(resolveDataDir({ argv, env: { KASANE_DATA_DIR: 'E:\\env' }, isPackaged: true })).toBe(
      defaultDataDir(),
    );
  });
});
