import { describe, expect, it } from 'vitest';
import { sampleDailyRecord } from './dailyRecord.testing';
import { dailyRecordHtml } from './dailyRecordHtml';
import { testPrintContext } from './printFixture.testing';
import { printTextOf } from './printText.testing';

describe('dailyRecordHtml (一日の相談記録)', () => {
  it('prints the day in 和暦 with its weekday, whose day it is, the counts and every section', () => {
    const doc = dailyRecordHtml(sampleDailyRecord(), testPrintContext);
    const text = printTextOf(doc);
    expect(doc).toContain('<title>一日の相談記録</title>');
    expect(text).toContain('日付 令和8年12月8日（火）');
    expect(text).toContain('職員 相談 一郎');
    expect(text).toContain('経過記録 2件（計 75分） 相談受付 1件 アウトリーチ 1件 会議 1件');
    expect(text).toMatch(/経過記録（2件）.*相談受付（1件）.*アウトリーチ（1件）.*会議（1件）/);
    expect(text).toContain('09:30 R8-0003 山田 太郎 電話 長女 相談 一郎 長女から電話。');
    expect(text).toContain('所見 長女の負担が大きい。');
    expect(text).toContain('次の対応（期日 令和8年12月10日） 地域包括に連絡する');
    expect(text).toContain('R8-0004 秘匿 さくら 閲覧制限');
    expect(text).toContain(
      'R8-0005 川上 一夫 電話 高齢・生活困窮 高 相談 一郎 母の介護と家賃の滞納。',
    );
    expect(text).toContain('駅前アパートの男性 訪問 不在 相談 一郎 不在。手紙を置いた。');
    expect(text).toContain(
      '15:00〜16:00 ケース会議 12月ケース会議 役場2階 会議室 管理 花子 開催済 3',
    );
    expect(text).toContain('確認');
  });

  it('carries the office, 作成日, page numbers, the day on every page and 取扱注意', () => {
    const doc = dailyRecordHtml(sampleDailyRecord(), testPrintContext);
    expect(doc).toContain('"みどり町"');
    expect(doc).toContain('作成日 令和8年11月27日');
    // The footer names the day and whose it is, so loose sheets go back together.
    expect(doc).toMatch(/@bottom-left\{content:"令和8年12月8日[^"]*火[^"]*相談 一郎"/);
    expect(doc).toContain('@bottom-right{content:"取扱注意"');
    expect(doc).toMatch(/counter\(page\)/);
  });

  it('says 事務所全体 for the office, and so when a section has nothing', () => {
    const doc = dailyRecordHtml(
      sampleDailyRecord({ staffId: null, staffName: null, notes: [], contacts: [], meetings: [] }),
      testPrintContext,
    );
    const text = printTextOf(doc);
    expect(text).toContain('職員 事務所全体');
    expect(text).toContain('この日の経過記録はありません。');
    expect(text).toContain('この日のアウトリーチの接触はありません。');
    expect(text).toContain('この日の会議はありません。');
    expect(text).toContain('経過記録 0件（計 0分）');
  });

  it('marks a withdrawn note 取消, struck through, and leaves its minutes out of the total', () => {
    const record = sampleDailyRecord();
    const [first, second] = record.notes;
    if (!first || !second) throw new Error('no notes');
    const doc = dailyRecordHtml(
      { ...record, notes: [first, { ...second, withdrawn: true }] },
      testPrintContext,
    );
    expect(doc).toContain('<tr class="withdrawn">');
    expect(printTextOf(doc)).toContain('取消 来所。今後の住まいについて相談。');
    expect(printTextOf(doc)).toContain('経過記録 2件（計 15分）');
  });

  it('escapes what people typed', () => {
    const hostile = '<script>alert(1)</script>';
    const record = sampleDailyRecord();
    const [first] = record.notes;
    if (!first) throw new Error('no note');
    const doc = dailyRecordHtml(
      { ...record, notes: [{ ...first, facts: hostile, personName: hostile }] },
      testPrintContext,
    );
    expect(doc).not.toContain(hostile);
    expect(printTextOf(doc)).toContain(hostile);
  });
});
