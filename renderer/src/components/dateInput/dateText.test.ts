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
  it('shows both calendars and the age', () => {
    expect(describeDate('1970-03-02', '2026-05-10')).toBe('1970年3月2日（昭和45年）・56歳');
    expect(describeDate('2019-05-01')).toBe('2019年5月1日（令和元年）');
    expect(describeDate('2019-04-30')).toBe('2019年4月30日（平成31年）');
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
    ['平成31年5月1日', {}, '平成は1989年1月8日（平成元年）から2019年4月30日（平成31年）までです'],
  ] as const)('%s %o → %s', (text, rules, message) => {
    expect(dateTextError(text, rules)).toBe(message);
  });
});

describe('conversions', () => {
  it('round-trips through the editable 西暦 form', () => {
    expect(textFromIso('1970-03-02')).toBe('1970/3/2');
    expect(isoFromText(textFromIso('1970-03-02'))).toBe('1970-03-02');
    expect(textFromIso(null)).toBe('');
    expect(isoFromText('不明')).toBeNull();
  });

  it('takes today in Japan time', () => {
    expect(todayInJapan(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
    expect(todayInJapan(new Date('2026-03-31T14:59:00Z'))).toBe('2026-03-31');
  });
});
