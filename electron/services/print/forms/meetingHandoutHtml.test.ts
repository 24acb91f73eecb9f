import { describe, expect, it } from 'vitest';
import {
  sampleAttendee,
  sampleHandout,
  sampleHandoutCase,
  sampleMeeting,
  sampleMeetingCase,
} from './meetingFixture.testing';
import {
  collectAfterMeeting,
  confidentialityNotice,
  asOfText,
  handoutCopyCount,
  meetingHandoutHtml,
} from './meetingHandoutHtml';
import { printTextOf } from './printText.testing';
import { sampleNote, testPrintContext } from './printFixture.testing';

describe('meetingHandoutHtml (会議資料)', () => {
  const doc = meetingHandoutHtml(sampleHandout(), testPrintContext);
  const text = printTextOf(doc);

  it('prints one complete copy per attendee of a 支援会議, numbered 1..N with 守秘義務', () => {
    expect(doc.match(/<div class="copy page-copy-\d+">/g)).toHaveLength(3);
    for (const n of [1, 2, 3]) {
      expect(text).toContain(`配布番号 ${n} / 3 ${collectAfterMeeting}`);
      expect(doc).toContain(`@page copy-${n}{@top-center{content:`);
      expect(doc).toContain(`.page-copy-${n}{page:copy-${n};}`);
    }
    expect(text.split(confidentialityNotice)).toHaveLength(4);
    expect(text.split('会議資料 支援会議')).toHaveLength(4);
    expect(text.split('議題1 R8-0001 山田 太郎（やまだ たろう）')).toHaveLength(4);
    expect(confidentialityNotice).toContain('社会福祉法第106条の6');
    expect(confidentialityNotice).toContain('秘密を漏らしてはなりません');
  });

  it('says a reprint after the meeting day is as of the print date, with both dates', () => {
    expect(text).not.toContain('時点の記録');
    const later = printTextOf(
      meetingHandoutHtml(sampleHandout(), { ...testPrintContext, createdOn: '2026-12-03' }),
    );
    expect(later).toContain(
      '印刷日（令和8年12月3日）現在の内容です。この資料は印刷日時点の記録から作成しています。会議当日（令和8年11月27日）に配布した資料とは内容が異なる場合があります。',
    );
    expect(asOfText(sampleMeeting(), '2026-11-27')).toBeNull();
  });

  it('prints one copy even when no attendee is recorded yet', () => {
    const meeting = sampleMeeting({ attendees: [] });
    expect(handoutCopyCount(meeting)).toBe(1);
    const one = meetingHandoutHtml(sampleHandout({ meeting }), testPrintContext);
    expect(printTextOf(one)).toContain('配布番号 1 / 1');
  });

  it('prints one unnumbered copy, without the notice, for a 重層的支援会議', () => {
    const meeting = sampleMeeting({ kind: 'jusou', kindName: '重層的支援会議' });
    expect(handoutCopyCount(meeting)).toBe(1);
    const jusou = meetingHandoutHtml(sampleHandout({ meeting }), testPrintContext);
    const jusouText = printTextOf(jusou);
    expect(jusouText).not.toContain('配布番号');
    expect(jusouText).not.toContain(collectAfterMeeting);
    expect(jusouText).not.toContain('守秘義務について');
    expect(jusou).not.toContain('@page copy-');
    expect(jusouText).toContain('会議資料 重層的支援会議');
  });

  it('holds the meeting, the agenda and, per case, household, 主訴, plan and recent notes', () => {
    expect(text).toContain('開催日時 令和8年11月27日（金） 14:00〜15:30');
    expect(text).toContain('場所 役場2階 会議室 司会 相談 一郎');
    expect(text).toContain(
      '1 R8-0001 山田 太郎 支援中 相談 一郎 同居の長男が10年ほど家から出ない。',
    );
    expect(text).toContain('◎ 山田 太郎 本人 82歳 男性 同居 要介護1');
    expect(text).toContain('山田 次郎 長男 46歳 男性 同居');
    expect(text).toContain('主訴 同居の長男が10年ほど家から出ない。 年金だけで暮らしが苦しい。');
    expect(text).toContain('西地域包括支援センター 見守り');
    expect(text).toContain('第1版（初回） 確定 計画期間 令和8年4月10日 〜 令和8年9月30日');
    expect(text).toContain('長期目標 安定した収入を得て暮らす');
    expect(text).toContain('要介護認定の申請に同行する 西地域包括支援センター 1回');
    expect(text.indexOf('五日目の訪問')).toBeLessThan(text.indexOf('二日目の電話'));
    // Ages, not dates of birth.
    expect(text).not.toContain('昭和19年');
    expect(text).toContain('住所 みどり町本町2-14-3 東圏域');
  });

  it('says so when a case has no plan, no notes, and marks a withdrawn consent', () => {
    const item = sampleHandoutCase({
      plan: null,
      recentNotes: [],
      agenda: sampleMeetingCase({ consentWarning: '本人同意が撤回されています' }),
    });
    const bare = printTextOf(
      meetingHandoutHtml(sampleHandout({ cases: [item] }), testPrintContext),
    );
    expect(bare).toContain('支援プランはまだ作成されていません。');
    expect(bare).toContain('経過記録はありません。');
    expect(bare).toContain('⚠ 本人同意が撤回されています');
  });

  it('prints people as initials, without the address, when asked', () => {
    const initials = printTextOf(
      meetingHandoutHtml(sampleHandout(), testPrintContext, { initials: true }),
    );
    expect(initials).toContain('議題1 R8-0001 Y.T.');
    expect(initials).toContain('1 R8-0001 Y.T. 支援中');
    expect(initials).toContain('◎ Y.T. 本人');
    expect(initials).toContain('Y.J. 長男');
    expect(initials).not.toContain('山田');
    expect(initials).not.toContain('やまだ');
    expect(initials).not.toContain('本町');
    expect(initials).toContain('地区 東圏域');
  });

  it('counts agenda cases hidden from the printing person without naming them', () => {
    const meeting = sampleMeeting({ hiddenCaseCount: 2 });
    const hidden = printTextOf(meetingHandoutHtml(sampleHandout({ meeting }), testPrintContext));
    expect(hidden).toContain('閲覧が制限されたケースが2件あります');
  });

  it('escapes every value: a <script> in a name, a note, an attendee or the place', () => {
    const hostile = '<script>alert(1)</script>';
    const meeting = sampleMeeting({
      place: hostile,
      title: hostile,
      attendees: [sampleAttendee(1, { name: hostile })],
    });
    const base = sampleHandoutCase();
    const item = sampleHandoutCase({
      detail: { ...base.detail, person: { ...base.detail.person, name: hostile } },
      recentNotes: [sampleNote(1, { facts: hostile, counterpart: hostile })],
    });
    const hostileDoc = meetingHandoutHtml(
      sampleHandout({ meeting, cases: [item] }),
      testPrintContext,
    );
    expect(hostileDoc).not.toContain('<script');
    expect(printTextOf(hostileDoc)).toContain(`場所 ${hostile}`);
  });
});
