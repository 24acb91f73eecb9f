import { describe, expect, it } from 'vitest';
import { AppError } from '../../../contract/errors';
import { deliverXlsx, fileNotSaved } from './deliverFile';
import type { FileSaver } from './fileSaver';

const systemError = (code: string) => Object.assign(new Error(code), { code });

describe('fileNotSaved', () => {
  it.each([
    ['EBUSY', 'READ_ONLY', 'Excel で開いていれば閉じて'],
    ['EPERM', 'READ_ONLY', 'Excel で開いていれば閉じて'],
    ['ENOSPC', 'DISK_FULL', '空き容量が足りません'],
    ['EROFS', 'READ_ONLY', '読み取り専用'],
    ['ENOENT', 'NOT_FOUND', '見つかりません'],
  ])('%s is %s, said in Japanese', (code, appCode, words) => {
    const error = fileNotSaved(systemError(code), '/data/実績報告.xlsx');
    expect(error.code).toBe(appCode);
    expect(error.message).toContain(words);
  });
});

describe('deliverXlsx', () => {
  it('says why a write failed and audits nothing', async () => {
    const audited: string[] = [];
    const saver: FileSaver = {
      choosePath: () => Promise.resolve('/data/実績報告.xlsx'),
      write: () => Promise.reject(systemError('EBUSY')),
    };
    const build = () =>
      Promise.resolve({
        bytes: Buffer.from('x'),
        rows: 1,
        audit: (d: string) => void audited.push(d),
      });
    await expect(deliverXlsx(saver, '実績報告.xlsx', build)).rejects.toBeInstanceOf(AppError);
    expect(audited).toEqual([]);
  });
});
