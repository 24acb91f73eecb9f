import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { evaluationSheetHtml } from '../../electron/services/print/forms/evaluationSheetHtml';
import {
  sampleAttendee,
  sampleMeeting,
  sampleMeetingCase,
} from '../../electron/services/print/forms/meetingFixture.testing';
import { meetingMinutesHtml } from '../../electron/services/print/forms/meetingMinutesHtml';
import {
  sampleEvaluation,
  samplePlan,
} from '../../electron/services/print/forms/planFixture.testing';
import {
  sampleCaseDetail,
  sampleNote,
  testPrintContext,
} from '../../electron/services/print/forms/printFixture.testing';
import { progressNotesHtml } from '../../electron/services/print/forms/progressNotesHtml';
import { findChromium } from './findChromium';
import { pdfInfo, pdfText } from './pdfTools.testing';
import { launchPdfRenderer, type PdfRenderer } from './renderPdf';

// Issue 18: every field FORMS.md lists for the 会議録, the 評価シート and the 経過記録 is found in
// the printed PDF's text (pdftotext), filled with the record's values.
const keep = process.env.KASANE_KEEP_PDF;
let dir: string;
let renderer: PdfRenderer;

beforeAll(async () => {
  dir = keep ?? createTempDir('kasane-fields-pdf-');
  renderer = await launchPdfRenderer(findChromium(process.env));
});
afterAll(async () => {
  await renderer.close();
  if (keep === undefined) fs.rmSync(dir, { recursive: true, force: true });
});

const squash = (text: string) => text.replace(/\s+/g, '');

async function printedText(name: string, html: string): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  await renderer.render(html, file);
  expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)$/);
  return squash(pdfText(file, undefined, { layout: true }));
}

function expectFields(text: string, fields: readonly string[]): void {
  const missing = fields.map(squash).filter((field) => !text.includes(field));
  expect(missing).toEqual([]);
}

describe('会議録: every FORMS.md field', () => {
  it('holds 件名, 日時, 場所, 司会, 出席者 with 所属・役職 and 役割, 議題 with times, reports, 本人の意向, 決定事項, 今後のアクション, 次回予定, 作成者, 作成日', async () => {
    const meeting = sampleMeeting({
      kind: 'jusou',
      kindName: '重層的支援会議',
      title: '11月定例',
      nextMeetingNote: '14:00から 役場2階 会議室',
      attendees: [
        sampleAttendee(1, { name: '相談 一郎', affiliation: '地域共生推進課 主査', role: 'chair' }),
        sampleAttendee(2, { name: '記録 花子', affiliation: '地域共生推進課', role: 'recorder' }),
        sampleAttendee(3, {
          name: '佐藤 一郎',
          agencyName: '西地域包括支援センター',
          affiliation: '西地域包括支援センター 社会福祉士',
          role: 'presenter',
        }),
        sampleAttendee(4, { name: '山田 太郎', affiliation: '', role: 'person' }),
        sampleAttendee(5, { name: '山田 花子', affiliation: '妻', role: 'family' }),
      ],
      cases: [
        sampleMeetingCase({
          startTime: '14:10',
          endTime: '14:40',
          agencyReports: '西地域包括支援センター：訪問2回、本人と会えた',
          personWishes: 'この家で息子と暮らしたい',
          decisions: [
            {
              id: 1,
              kind: 'roleAssignment',
              text: '包括が月2回訪問する',
              planId: null,
              planVersion: null,
              planStatus: null,
              closeReasonCode: null,
              createdAt: '2026-11-27T06:00:00.000Z',
            },
            {
              id: 2,
              kind: 'planApproval',
              text: '原案のとおり承認する',
              planId: 21,
              planVersion: 1,
              planStatus: 'confirmed',
              closeReasonCode: null,
              createdAt: '2026-11-27T06:01:00.000Z',
            },
          ],
          actions: [
            {
              id: 1,
              assignee: '西地域包括支援センター',
              content: '月2回訪問する',
              dueOn: '2026-12-25',
            },
            { id: 2, assignee: '相談 一郎', content: '家計の相談を受ける', dueOn: '2026-12-10' },
          ],
        }),
      ],
    });
    const text = await printedText(
      'minutes',
      meetingMinutesHtml(
        meeting,
        testPrintContext,
        { initials: false },
        { byName: '記録 花子', on: '2026-11-30' },
      ),
    );
    expectFields(text, [
      '会議録',
      '会議名 11月定例',
      '開催日時 令和8年11月27日（金） 14:00〜15:30',
      '場所 役場2階 会議室',
      '司会 相談 一郎',
      '氏名 所属・役職 役割',
      '1 相談 一郎 地域共生推進課 主査 司会',
      '2 記録 花子 地域共生推進課 記録',
      '3 佐藤 一郎 西地域包括支援センター 社会福祉士 説明者',
      '4 山田 太郎 本人',
      '5 山田 花子 妻 家族',
      '議題1 R8-0001 山田 太郎（やまだ たろう）（14:10〜14:40）',
      '各機関からの報告 西地域包括支援センター：訪問2回、本人と会えた',
      '本人の意向 「この家で息子と暮らしたい」',
      '協議内容',
      '【決定事項】',
      '1 役割分担 包括が月2回訪問する',
      '2 プラン承認 原案のとおり承認する',
      '【今後のアクション】 No 担当（機関・担当者） 内容 期限',
      '1 西地域包括支援センター 月2回訪問する 令和8年12月25日',
      '2 相談 一郎 家計の相談を受ける 令和8年12月10日',
      '次回会議予定 次回開催予定日 令和8年12月25日 予定 14:00から 役場2階 会議室',
      '作成者 記録 花子 作成日 令和8年11月30日',
    ]);
  });
});

describe('評価シート: every FORMS.md field', () => {
  it('after 終結: 評価日, each goal with its result and why, 本人の変化, the decision, 終結理由, 評価者 and the confirming meeting', async () => {
    const text = await printedText(
      'evaluation-close',
      evaluationSheetHtml(
        samplePlan(),
        sampleEvaluation({
          evaluatedOn: '2026-10-10',
          decision: 'close',
          closeReasonCode: 'referred',
          closeReasonNote: '障害者相談支援事業所へ引継ぎ',
        }),
        testPrintContext,
        {
          confirmingMeeting: {
            kindName: '重層的支援会議',
            title: '10月定例',
            heldOn: '2026-10-16',
          },
          nextEvaluation: null,
          closeReason: { code: 'referred', note: '障害者相談支援事業所へ引継ぎ' },
        },
      ),
    );
    expectFields(text, [
      '評価シート',
      'ケース番号 R8-0001',
      '本人 氏名 山田 太郎',
      'ふりがな やまだ たろう',
      '評価日 令和8年10月10日',
      '評価者 相談 一郎',
      '確認した会議 重層的支援会議 10月定例 令和8年10月16日',
      '区分 目標 評価 コメント',
      '長期目標 安定した収入を得て暮らす 未達成 まだ先',
      '本人の変化 表情が明るくなった',
      '○ 継続 ○ 見直し ● 終結 ○ 中断',
      '終結理由',
      '○ 目標達成 ● 他機関へ引継ぎ ○ 転居 ○ 連絡がとれない ○ 死亡 ○ 本人の希望 ○ その他',
      '補足：障害者相談支援事業所へ引継ぎ',
    ]);
  });

  it('after 継続: the next 評価予定日', async () => {
    const text = await printedText(
      'evaluation-continue',
      evaluationSheetHtml(
        samplePlan(),
        sampleEvaluation({ decision: 'continue' }),
        testPrintContext,
        {
          confirmingMeeting: null,
          nextEvaluation: { on: '2026-10-10', held: false },
          closeReason: { code: null, note: '' },
        },
      ),
    );
    expectFields(text, ['● 継続', '次回評価予定日：令和8年10月10日']);
    expect(text).not.toContain('終結理由');
  });
});

describe('経過記録: every field of a record', () => {
  it('holds the case, the person, the period, and per note 日時, 手段, 相手, 担当, 内容, 所見, 次の対応 and 分; a closed case its 終結理由', async () => {
    const detail = sampleCaseDetail({
      stage: 'closed',
      closedOn: '2026-09-30',
      closeReasonCode: 'moved',
      closeReason: '町外の親族宅へ',
    });
    const text = await printedText(
      'notes',
      progressNotesHtml(
        detail,
        [
          sampleNote(1, {
            facts: '自宅を訪問し本人と面談した',
            assessment: '表情が明るい',
            nextAction: '来週電話する',
          }),
          sampleNote(2, { means: 'phone', counterpart: '長男', facts: '電話で近況を聞いた' }),
        ],
        { from: '2026-04-01', to: '2026-09-30' },
        testPrintContext,
      ),
    );
    expectFields(text, [
      '経過記録',
      'ケース番号 R8-0001',
      '氏名 山田 太郎（やまだ たろう）',
      '期間 令和8年4月1日',
      '件数 2件（計 60分）',
      '日時 手段 相手 担当 内容 分',
      '4月2日',
      '訪問',
      '本人',
      '相談 一郎',
      '自宅を訪問し本人と面談した',
      '表情が明るい',
      '来週電話する',
      '電話で近況を聞いた',
      '長男',
      '終結 令和8年9月30日 終結（転居：町外の親族宅へ）',
    ]);
  });
});
