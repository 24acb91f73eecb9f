import { describe, expect, it } from 'vitest';
import {
  ageOn,
  dateTextError,
  describeDate,
  isoFromText,
  textFromIso,
  todayInJapan,
} from './dateText';

describe('describeDate', () => {
  it('shows 和暦 first, the 西暦 year as the hint, and the age', () => {
    expect(describeDate('1970-03-02', '2026-05-10')).toBe('昭和45年3月2日（1970年）・56歳');
    expect(describeDate('2019-05-01')).toBe('令和元年5月1日（2019年）');
    expect(describeDate('2019-04-30')).toBe('平成31年4月30日（2019年）');
    expect(describeDate('1850-01-01')).toBe('1850年1月1日');
  });

  it('counts the age from the birthday on', () => {
    expect(ageOn('1970-03-02', '2026-03-01')).toBe(55);
    expect(ageOn('1970-03-02', '2026-03-02')).toBe(56);
    expect(ageOn('2030-01-01', '2026-03-02')).toBeNull();
  });
});

describe('dateTextError', () => {
  it.each([
    ['', {}, null],
    ['', { required: true }, '日付を入力してください'],
    ['2月30日', {}, '日付として読み取れません（例: 昭和45年3月2日、S45.3.2、1970/3/2）'],
    ['2026/2/30', {}, '存在しない日付です'],
    ['R8.4.2', { notAfter: '2026-04-01' }, '未来の日付は入力できません'],
    ['R8.4.1', { notAfter: '2026-04-01' }, null],
    ['1850/1/1', {}, '1900年から2100年までの日付を入力してください'],
    ['平成31年5月1日', {}, '平成は平成元年1月8日（1989年）から平成31年4月30日（2019年）までです'],
  ] as const)('%s %o → %s', (text, rules, message) => {
    expect(dateTextError(text, rules)).toBe(message);
  });
});

describe('conversions', () => {
  it('puts a date back into a field in 和暦, which reads back as the same date', () => {
    expect(textFromIso('1970-03-02')).toBe('昭和45年3月2日');
    expect(textFromIso('2019-05-01')).toBe('令和元年5月1日');
    expect(textFromIso('2026-12-08')).toBe('令和8年12月8日');
    for (const iso of ['1970-03-02', '2019-04-30', '2019-05-01', '1989-01-08', '2026-12-08']) {
      expect(isoFromText(textFromIso(iso))).toBe(iso);
    }
    expect(textFromIso(null)).toBe('');
    expect(isoFromText('不明')).toBeNull();
  });

  it('takes today in Japan time', () => {
    expect(todayInJapan(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
    expect(todayInJapan(new Date('2026-03-31T14:59:00Z'))).toBe('2026-03-31');
  });
});
