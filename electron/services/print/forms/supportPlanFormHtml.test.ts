import { describe, expect, it } from 'vitest';
import { sampleEvaluation, samplePlan, samplePlanRow } from './planFixture.testing';
import { testPrintContext } from './printFixture.testing';
import { evaluationSheetHtml, noEvaluationPrintFacts } from './evaluationSheetHtml';
import {
  noPlanPrintFacts,
  planConsentStatement,
  planSignatureStatement,
  supportPlanFormHtml,
} from './supportPlanFormHtml';

/** The document's text without tags or runs of whitespace, for reading assertions. */
function textOf(doc: string): string {
  const body = doc.slice(doc.indexOf('<body>'));
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('supportPlanFormHtml (支援プラン)', () => {
  const doc = supportPlanFormHtml(samplePlan(), testPrintContext, noPlanPrintFacts);
  const text = textOf(doc);

  it('holds who and when: version, case number, name and kana, 作成日 in 和暦, period, 次回評価予定日', () => {
    expect(text).toContain('支援プラン');
    expect(text).toContain('第1版（初回）');
    expect(text).toContain('ケース番号 R8-0001');
    expect(text).toContain('本人 氏名 山田 太郎');
    expect(text).toContain('ふりがな やまだ たろう');
    expect(text).toContain('作成日 令和8年4月10日');
    expect(text).toContain('計画期間 令和8年4月10日 〜 令和8年9月30日');
    expect(text).toContain('次回評価予定日 令和8年7月10日');
    expect(text).toContain('状態 確定');
    expect(text).toContain('確定者 相談 一郎（令和8年4月15日）');
    // The page's 作成日 is the plan's, not the day it is printed.
    expect(doc).toContain('作成日 令和8年4月10日";');
    expect(doc).not.toContain('令和8年11月27日');
  });

  it('holds the wishes, the household goal, 課題 with 背景 and the goals by kind', () => {
    expect(text).toContain('本人の思い・意向 母の介護を続けながら、また働きたい');
    expect(text).toContain('世帯の目標 母と二人で安心して暮らせる');
    expect(text).toContain('1 母の介護負担 日中は一人で介護している');
    expect(text).toContain('2 収入がない 介護のため離職した');
    expect(text).toContain('長期目標 安定した収入を得て暮らす');
    expect(text).toContain('短期目標 母が介護サービスを使い始める');
  });

  it('prints every 支援内容 row with its 担当 (agency, staff or text), 頻度 and 期間', () => {
    expect(doc.match(/<tr class="support-row">/g)).toHaveLength(3);
    expect(text).toContain(
      '母の介護負担 要介護認定の申請に同行する 西地域包括支援センター 1回 4月中',
    );
    expect(text).toContain('収入がない 就労準備支援につなぐ 相談 一郎 週1回 6か月');
    expect(text).toContain('収入がない 家計の見直しを一緒に行う 家計改善支援員 月1回');
  });

  it('marks the referrals, and a 見直し version says so', () => {
    expect(text).toContain('☑ 参加支援');
    expect(text).toContain('☐ アウトリーチ');
    expect(
      textOf(supportPlanFormHtml(samplePlan({ version: 2 }), testPrintContext, noPlanPrintFacts)),
    ).toContain('第2版（見直し）');
  });

  it('prints 主担当, 主担当機関, the approving meeting and 支援決定日 (FORMS.md)', () => {
    const facts = {
      mainStaffName: '相談 一郎',
      mainAgencyName: '西地域包括支援センター',
      approvingMeeting: { kindName: '重層的支援会議', title: '5月定例', heldOn: '2026-05-20' },
      supportDecidedOn: '2026-04-22',
    };
    const full = textOf(supportPlanFormHtml(samplePlan(), testPrintContext, facts));
    expect(full).toContain('主担当 相談 一郎 主担当機関 西地域包括支援センター');
    expect(full).toContain('承認した会議 重層的支援会議 5月定例 令和8年5月20日');
    expect(full).toContain('支援決定日 令和8年4月22日');
    // Not decided yet: a line to fill in by hand.
    expect(text).toContain('支援決定日 令和 年 月 日');
  });

  it('prints the 利用申込 of 参加支援 / アウトリーチ and signs the application with the consent', () => {
    expect(text).toContain('本プランに基づき、☑を付けた事業の利用を申し込みます。');
    const referred = textOf(
      supportPlanFormHtml(
        samplePlan({ referralParticipation: true, referralOutreach: false }),
        testPrintContext,
        noPlanPrintFacts,
      ),
    );
    expect(referred).toContain('☑ 参加支援事業');
    expect(referred).toContain('☐ アウトリーチ等を通じた継続的支援事業');
    expect(referred).toContain('その内容に同意するとともに、☑を付けた事業の利用を申し込みます。');
  });

  it('marks a 案 「（案）」 after the title and at the top of every page', () => {
    const draftDoc = supportPlanFormHtml(
      samplePlan({ status: 'draft', confirmedAt: null }),
      testPrintContext,
      noPlanPrintFacts,
    );
    expect(textOf(draftDoc)).toContain('支援プラン（案）');
    expect(draftDoc).toContain('@page draft{@top-center{content:"\\ff08 案\\ff09 "');
    expect(draftDoc).toContain('<div class="page-draft">');
    expect(doc).not.toContain('（案）');
  });

  it('leaves blank lines to sign when no 本人同意 is recorded', () => {
    expect(text).toContain(planSignatureStatement(samplePlan()));
    expect(planSignatureStatement(samplePlan())).toContain(planConsentStatement.slice(0, 20));
    expect(text).toContain('同意日 令和 年 月 日');
    expect(text).toContain('同意の方法 自署 ・ 代筆 ・ 口頭');
  });

  it('shows the recorded 本人同意: 代筆 with the writer, 口頭', () => {
    const proxy = textOf(
      supportPlanFormHtml(
        samplePlan({
          consentOn: '2026-04-15',
          consentMethod: 'proxy',
          consentProxyName: '山田 花子',
        }),
        testPrintContext,
        noPlanPrintFacts,
      ),
    );
    expect(proxy).toContain('同意日 令和8年4月15日');
    expect(proxy).toContain('同意の方法 代筆');
    expect(proxy).toContain('代筆者 山田 花子');
    const verbal = textOf(
      supportPlanFormHtml(
        samplePlan({ consentOn: '2026-04-15', consentMethod: 'verbal' }),
        testPrintContext,
        noPlanPrintFacts,
      ),
    );
    expect(verbal).toContain('同意の方法 口頭');
    expect(verbal).toContain('（口頭により同意）');
  });

  it('escapes every value: a <script> in a goal, a row or the name prints as text', () => {
    const hostile = '<script>alert(1)</script>';
    const plan = samplePlan({
      personName: hostile,
      goals: [{ id: 31, kind: 'long', text: hostile }],
      rows: [samplePlanRow({ content: hostile, assigneeText: `"${hostile}'` })],
    });
    const hostileDoc = supportPlanFormHtml(plan, testPrintContext, noPlanPrintFacts);
    expect(hostileDoc).not.toContain('<script');
    expect(hostileDoc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(textOf(hostileDoc)).toContain(`長期目標 ${hostile}`);
  });
});

describe('evaluationSheetHtml (評価シート)', () => {
  const plan = samplePlan();
  const doc = evaluationSheetHtml(
    plan,
    sampleEvaluation(),
    testPrintContext,
    noEvaluationPrintFacts,
  );
  const text = textOf(doc);

  it('holds each goal with its result and comment, 本人の変化, 所見, the decision and 評価日', () => {
    expect(text).toContain('評価シート');
    expect(text).toContain('ケース番号 R8-0001');
    expect(text).toContain('本人 氏名 山田 太郎');
    expect(text).toContain('対象プラン 第1版（初回） 作成日 令和8年4月10日');
    expect(text).toContain('評価日 令和8年7月10日');
    expect(text).toContain('評価者 相談 一郎');
    expect(text).toContain('長期目標 安定した収入を得て暮らす 未達成 まだ先');
    expect(text).toContain('短期目標 母が介護サービスを使い始める 達成 デイサービス週2回');
    expect(text).toContain('本人の変化 表情が明るくなった');
    expect(text).toContain('所見 就労の前に生活リズムを整える');
    expect(text).toContain('○ 継続 ● 見直し ○ 終結 ○ 中断');
  });

  it('escapes a <script> in 本人の変化', () => {
    const hostile = '<script>alert(1)</script>';
    const evaluation = sampleEvaluation({ personChange: hostile });
    const hostileDoc = evaluationSheetHtml(
      plan,
      evaluation,
      testPrintContext,
      noEvaluationPrintFacts,
    );
    expect(hostileDoc).not.toContain('<script');
    expect(textOf(hostileDoc)).toContain(`本人の変化 ${hostile}`);
  });
});
