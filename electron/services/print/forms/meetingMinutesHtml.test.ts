import { describe, expect, it } from 'vitest';
import { sampleAttendee, sampleMeeting, sampleMeetingCase } from './meetingFixture.testing';
import { meetingMinutesHtml, minutesConfidentialityNote } from './meetingMinutesHtml';
import { testPrintContext } from './printFixture.testing';
import { printTextOf } from './printText.testing';

const decided = sampleMeetingCase({
  decisions: [
    {
      id: 1,
      kind: 'planApproval',
      text: '第1版を承認する',
      planId: 21,
      planVersion: 1,
      planStatus: 'confirmed',
      closeReasonCode: null,
      createdAt: '2026-11-27T06:00:00.000Z',
    },
    {
      id: 2,
      kind: 'roleAssignment',
      text: '包括が月1回訪問する',
      planId: null,
      planVersion: null,
      planStatus: null,
      closeReasonCode: null,
      createdAt: '2026-11-27T06:01:00.000Z',
    },
  ],
});

describe('meetingMinutesHtml (会議録)', () => {
  const doc = meetingMinutesHtml(sampleMeeting({ cases: [decided] }), testPrintContext);
  const text = printTextOf(doc);

  it('holds the meeting, the next date, the attendees with their 守秘義務 acknowledgement', () => {
    expect(text).toContain('会議録 支援会議');
    expect(text).toContain(minutesConfidentialityNote);
    expect(text).toContain('会議の種類 支援会議 会議名 11月定例');
    expect(text).toContain('次回会議予定 次回開催予定日 令和8年12月25日 予定');
    expect(text).toContain('No 氏名 所属・役職 役割 守秘義務の確認');
    expect(text).toContain('1 相談 一郎 地域共生推進課 司会 令和8年11月27日');
    // An agency's representative with no 所属 typed shows the agency.
    expect(text).toContain('2 出席 2郎 西地域包括支援センター 説明者 令和8年11月27日');
    expect(text).toContain('3 出席 3郎 所属3 未確認');
    expect(doc).toContain('@bottom-left{content:"支援会議');
  });

  it('holds 全体の協議, and per case 協議内容 (line breaks kept) and 決定事項 with the plan', () => {
    expect(text).toContain('全体の協議・連絡事項 年末の見守り体制を確認した。');
    expect(text).toContain('議題1 R8-0001 山田 太郎（やまだ たろう）');
    expect(doc).toContain('長男への訪問を続ける。\n包括と連携する。');
    expect(text).toContain(
      '【決定事項】 No 種類 内容 1 プラン承認 第1版を承認する 支援プラン 第1版（確定）',
    );
    expect(text).toContain('2 役割分担 包括が月1回訪問する');
  });

  it("ends with 作成者 and 作成日 of the minutes, which is also the page's 作成日", () => {
    const written = meetingMinutesHtml(
      sampleMeeting(),
      testPrintContext,
      { initials: false },
      {
        byName: '相談 一郎',
        on: '2026-11-30',
      },
    );
    expect(printTextOf(written)).toContain('作成者 相談 一郎 作成日 令和8年11月30日');
    expect(written).toContain('作成日 令和8年11月30日";');
    // Not written yet: lines to fill in by hand.
    expect(text).toContain('作成者 作成日 令和 年 月 日');
  });

  it('leaves out the 守秘義務 column and note at other meetings, and says 未定 with no next date', () => {
    const jusou = printTextOf(
      meetingMinutesHtml(
        sampleMeeting({ kind: 'jusou', kindName: '重層的支援会議', nextMeetingOn: null }),
        testPrintContext,
      ),
    );
    expect(jusou).not.toContain('守秘義務');
    expect(jusou).toContain('次回開催予定日 未定');
    expect(jusou).toContain('1 相談 一郎 地域共生推進課 司会 2');
  });

  it('says when the meeting is not yet held, and when nothing was recorded', () => {
    const planned = printTextOf(
      meetingMinutesHtml(
        sampleMeeting({
          status: 'planned',
          generalMinutes: '',
          cases: [sampleMeetingCase({ minutes: '' })],
        }),
        testPrintContext,
      ),
    );
    expect(planned).toContain('この会議は「予定」です（開催済ではありません）。');
    expect(planned).toContain('全体の協議・連絡事項 記録なし');
    expect(planned).toContain('協議内容 記録なし 【決定事項】 決定事項はありません。');
    expect(planned).toContain('【今後のアクション】 今後のアクションの記録はありません。');
  });

  it('holds per case the time, 各機関からの報告, 本人の意向 in quotes, 終結理由 and 今後のアクション with 期限', () => {
    const full = printTextOf(
      meetingMinutesHtml(
        sampleMeeting({
          nextMeetingNote: '14:00から 役場2階',
          cases: [
            sampleMeetingCase({
              startTime: '14:00',
              endTime: '14:20',
              agencyReports: '包括：訪問2回、本人と会えた',
              personWishes: '家で暮らし続けたい',
              decisions: [
                {
                  id: 3,
                  kind: 'closure',
                  text: '親族宅へ',
                  planId: null,
                  planVersion: null,
                  planStatus: null,
                  closeReasonCode: 'moved',
                  createdAt: '2026-11-27T06:02:00.000Z',
                },
              ],
              actions: [
                {
                  id: 1,
                  assignee: '西地域包括支援センター',
                  content: '月1回訪問',
                  dueOn: '2026-12-25',
                },
                { id: 2, assignee: '相談 一郎', content: '家計の相談', dueOn: null },
              ],
            }),
          ],
        }),
        testPrintContext,
      ),
    );
    expect(full).toContain('議題1 R8-0001 山田 太郎（やまだ たろう） （14:00〜14:20）');
    expect(full).toContain('各機関からの報告 包括：訪問2回、本人と会えた');
    expect(full).toContain('本人の意向 「家で暮らし続けたい」');
    expect(full).toContain('1 終結 終結理由：転居 親族宅へ');
    expect(full).toContain(
      '【今後のアクション】 No 担当（機関・担当者） 内容 期限 1 西地域包括支援センター 月1回訪問 令和8年12月25日 2 相談 一郎 家計の相談',
    );
    expect(full).toContain('次回開催予定日 令和8年12月25日 予定 14:00から 役場2階');
  });

  it('prints people on the agenda as initials when asked', () => {
    const initials = printTextOf(
      meetingMinutesHtml(sampleMeeting(), testPrintContext, { initials: true }),
    );
    expect(initials).toContain('議題1 R8-0001 Y.T.');
    expect(initials).not.toContain('山田');
  });

  it('escapes minutes, decisions and attendee names', () => {
    const hostile = '<script>alert(1)</script>';
    const hostileDoc = meetingMinutesHtml(
      sampleMeeting({
        generalMinutes: hostile,
        attendees: [sampleAttendee(1, { name: hostile })],
        cases: [sampleMeetingCase({ minutes: hostile })],
      }),
      testPrintContext,
    );
    expect(hostileDoc).not.toContain('<script');
    expect(printTextOf(hostileDoc)).toContain(`協議内容 ${hostile}`);
  });
});
