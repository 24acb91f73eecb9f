import { describe, expect, it } from 'vitest';
import { parseAddress } from './parseAddress';
import { parseConsent } from './parseConsent';
import { parseFields } from './parseFields';
import { splitByList } from './splitByList';
import { defaultConsultationWords } from './listWords';
import { parseKana } from './parseKana';
import { parsePhone } from './parsePhone';
import { parseRoute } from './parseRoute';
import { parseSex } from './parseSex';
import { parseLine, parseMultiline } from './parseText';
import { isSkippedRow } from './skippedRow';

const ok = <T>(value: T) => ({ ok: true, value });

describe('性別', () => {
  it.each([
    ['男', 'male'],
    ['男性', 'male'],
    ['女', 'female'],
    ['女 性', 'female'],
    ['その他', 'other'],
    ['', null],
    [null, null],
    ['不明', null],
  ])('%j → %j', (cell, sex) => expect(parseSex(cell)).toEqual(ok(sex)));

  it('refuses anything else, quoting it', () => {
    expect(parseSex('おとこ')).toEqual({
      ok: false,
      message: '性別は 男・女・その他 のどれかにしてください（おとこ）',
    });
  });
});

describe('相談経路', () => {
  it.each([
    ['窓口', 'counter'],
    ['来所', 'counter'],
    ['電話', 'phone'],
    ['TEL', 'phone'],
    ['ＴＥＬ', 'phone'],
    ['tel', 'phone'],
    ['訪問', 'visit'],
    ['アウトリーチ', 'outreach'],
    ['関係機関からのつなぎ', 'referral'],
    ['関係機関', 'referral'],
    ['紹介', 'referral'],
    ['メール', 'email'],
    ['その他', 'other'],
    ['', 'other'],
  ])('%j → %s', (cell, route) => {
    expect(parseRoute(cell, defaultConsultationWords.route)).toEqual({
      route,
      unknown: [],
      mapped: [],
      others: [],
    });
  });

  it('names an unknown route, and reads several as the first and the others', () => {
    expect(parseRoute('手紙', defaultConsultationWords.route).unknown).toEqual(['手紙']);
    expect(parseRoute('電話・来所・TEL', defaultConsultationWords.route)).toEqual({
      route: 'phone',
      unknown: [],
      mapped: [],
      others: ['counter'],
    });
  });
});

describe('相談分野', () => {
  it.each([
    ['高齢', ['elderly']],
    ['介護', ['elderly']],
    ['障害', ['disability']],
    ['子育て', ['child']],
    ['児童', ['child']],
    ['困窮', ['poverty']],
    ['高齢・障害', ['elderly', 'disability']],
    ['高齢、生活困窮', ['elderly', 'poverty']],
    ['子ども,障害', ['child', 'disability']],
    ['子ども，障害', ['child', 'disability']],
    ['高齢/介護/障害', ['elderly', 'disability']],
    ['高齢 障害　困窮', ['elderly', 'disability', 'poverty']],
    ['', ['other']],
  ])('%j → %j', (cell, fields) =>
    expect(parseFields(splitByList(cell, defaultConsultationWords.field))).toEqual(ok(fields)),
  );

  it('names every word it does not know', () => {
    expect(
      parseFields(splitByList('高齢・医療・住まい・高齢', defaultConsultationWords.field)),
    ).toEqual({
      ok: false,
      message:
        '相談分野に使えない値があります: 医療・住まい（高齢・障害・子ども・生活困窮・その他 から書いてください）',
    });
  });
});

describe('本人同意', () => {
  it.each([
    ['あり', 'given'],
    ['○', 'given'],
    ['〇', 'given'],
    ['有', 'given'],
    ['なし', 'refused'],
    ['×', 'refused'],
    ['無', 'refused'],
    ['未確認', 'unconfirmed'],
    ['', 'unconfirmed'],
    [null, 'unconfirmed'],
  ])('%j → %s', (cell, state) => expect(parseConsent(cell)).toEqual(ok(state)));

  it('refuses anything else', () => {
    expect(parseConsent('たぶん').ok).toBe(false);
  });
});

describe('ふりがな', () => {
  it.each([
    ['やまだ たろう', 'やまだ たろう'],
    ['ヤマダ タロウ', 'ヤマダ タロウ'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダ タロウ'],
    ['ｻｲﾄｳ　ﾊﾟﾝ', 'サイトウ パン'],
    ['すずき・はなこ', 'すずき・はなこ'],
    ['ヴァーノン', 'ヴァーノン'],
    ['', ''],
  ])('%j → %j', (cell, kana) => expect(parseKana(cell)).toEqual(ok(kana)));

  it('refuses kanji and Latin letters', () => {
    expect(parseKana('山田').ok).toBe(false);
    expect(parseKana('Yamada').ok).toBe(false);
  });
});

describe('電話番号 and 住所', () => {
  it('puts back the leading 0 Excel drops from a number cell', () => {
    expect(parsePhone(312345678)).toEqual(ok('0312345678'));
    expect(parsePhone('0123-45-6789')).toEqual(ok('0123-45-6789'));
  });

  it.each([
    ['〒000-0123 みどり町1-2-3', { postalCode: '000-0123', address: 'みどり町1-2-3' }],
    ['〒０００－０１２３　みどり町1-2-3', { postalCode: '000-0123', address: 'みどり町1-2-3' }],
    ['0000123 みどり町', { postalCode: '000-0123', address: 'みどり町' }],
    ['みどり町1-2-3', { postalCode: '', address: 'みどり町1-2-3' }],
  ])('%j → %j', (cell, place) => expect(parseAddress(cell)).toEqual(ok(place)));
});

describe('text', () => {
  it('keeps one line, drops control characters and refuses what is too long', () => {
    expect(parseLine('山田\n太郎\u0007', '氏名', 100)).toEqual(ok('山田 太郎'));
    expect(parseLine('あ'.repeat(101), '氏名', 100).ok).toBe(false);
  });

  it('keeps the lines of 主訴', () => {
    expect(parseMultiline('一行目\r\n二行目', '主訴', 4000)).toEqual(ok('一行目\n二行目'));
  });
});

describe('lists and skipped rows', () => {
  it.each([
    [[null, '  ', null], true],
    [['合計', 12], true],
    [[null, '合　計', 12], true],
    [['計', 3], true],
    [['2025/4/1', '山田'], false],
    [['計画相談', 1], false],
  ])('%j skipped: %s', (cells, skipped) => {
    expect(isSkippedRow({ rowNumber: 9, cells })).toBe(skipped);
  });
});
