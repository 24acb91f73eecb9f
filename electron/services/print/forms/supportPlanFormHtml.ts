import { planConsentMethods, planGoalKinds, planStatuses } from '../../../contract/planCodes';
import type { PlanRowView, PlanView } from '../../../contract/schemas/plan';
import { html, type SafeHtml } from '../html';
import type { PrintContext } from '../printContext';
import { docHeadHtml, printDocument } from '../printDocument';
import { warekiDate } from '../wareki';
import {
  blankWarekiDate,
  fieldTableHtml,
  multilineHtml,
  sectionHtml,
  signatureBlockHtml,
  type SignatureLine,
} from './formParts';
import { japanDateOf } from '../../../contract/japaneseDate/japanTime';

export const supportPlanTitle = '支援プラン';

/** What the person agrees to at the foot of the plan. */
export const planConsentStatement =
  '上記の支援プランについて説明を受け、その内容に同意します。また、プランに基づく支援のため関係機関と情報を共有することに同意します。';

/** 利用申込: the person applies for the 事業 the plan refers them to (多機関協働事業 プラン兼利用申込書). */
export const planApplicationStatement = '本プランに基づき、☑を付けた事業の利用を申し込みます。';

/** The statement signed: the consent, and the application when the plan refers to a 事業. */
export function planSignatureStatement(
  plan: Pick<PlanView, 'referralParticipation' | 'referralOutreach'>,
): string {
  if (!plan.referralParticipation && !plan.referralOutreach) return planConsentStatement;
  return planConsentStatement.replace(
    'その内容に同意します。',
    'その内容に同意するとともに、☑を付けた事業の利用を申し込みます。',
  );
}

/** Printed at the top of every page of a plan not yet 確定, and after its title. */
export const draftMark = '（案）';

/** The case and meeting facts the plan prints (the plan itself does not hold them). */
export type PlanPrintFacts = {
  mainStaffName: string | null;
  mainAgencyName: string | null;
  /** The 重層的支援会議 (or other meeting) that approved this version (プラン承認). */
  approvingMeeting: { kindName: string; title: string; heldOn: string } | null;
  /** 支援決定日: the day a meeting decided support for the case. */
  supportDecidedOn: string | null;
};

/** For a plan printed without its case (tests of the layout). */
export const noPlanPrintFacts: PlanPrintFacts = {
  mainStaffName: null,
  mainAgencyName: null,
  approvingMeeting: null,
  supportDecidedOn: null,
};

const planCss = `
.case-number{border:.3mm solid #111;padding:.6mm 2.5mm;white-space:nowrap;}
.case-number span{font-size:8pt;margin-right:2mm;}
.person-name{font-size:12pt;font-weight:700;letter-spacing:.06em;}
table.fields col.label{width:31mm;}
h2{margin-top:2.5mm;}
table.plan-issues td,table.plan-issues th,table.goals td,table.goals th,
table.support-rows td,table.support-rows th{font-size:8.8pt;padding:1mm 1.5mm;line-height:1.5;}
table.goals th{white-space:nowrap;}
.assignee-note{color:#444;font-size:8pt;}
.marks span{margin-right:6mm;white-space:nowrap;}
.empty{padding:3mm;text-align:center;color:#555;border:.25mm solid #444;}
.application{border:.4mm solid #111;padding:2.5mm 5mm;margin-bottom:2mm;}
.application .marks{display:block;margin-top:1.5mm;font-size:10pt;}
.pending{color:#555;}
`;

/** 第1版（初回）, 第2版（見直し）. */
export function planVersionText(version: number): string {
  return `第${version}版（${version === 1 ? '初回' : '見直し'}）`;
}

function dateText(iso: string | null): string {
  return iso === null ? '' : warekiDate(iso);
}

function periodText(plan: Pick<PlanView, 'periodFrom' | 'periodTo'>): string {
  if (plan.periodFrom === null && plan.periodTo === null) return '';
  return `${dateText(plan.periodFrom)} 〜 ${dateText(plan.periodTo)}`;
}

/** 担当 as printed: the agency or staff member, then any text written beside it. */
export function assigneeHtml(row: PlanRowView): SafeHtml {
  const name = row.assigneeAgencyName ?? row.assigneeStaffName ?? '';
  if (name === '') return html`${row.assigneeText}`;
  if (row.assigneeText === '') return html`${name}`;
  return html`${name}
    <div class="assignee-note">${row.assigneeText}</div>`;
}

function checkHtml(checked: boolean, label: string): SafeHtml {
  return html`<span>${checked ? '☑' : '☐'} ${label}</span>`;
}

function approvalText(facts: PlanPrintFacts): string {
  const meeting = facts.approvingMeeting;
  if (meeting === null) return '';
  return [meeting.kindName, meeting.title, warekiDate(meeting.heldOn)]
    .filter((s) => s !== '')
    .join('\u3000');
}

/** A date not decided yet prints as a line to fill in, so the form stays complete. */
function dateOrBlankHtml(iso: string | null): SafeHtml {
  return iso === null
    ? html`<span class="pending">${blankWarekiDate}</span>`
    : html`${warekiDate(iso)}`;
}

function headerHtml(plan: PlanView, facts: PlanPrintFacts): SafeHtml {
  const nameHtml = html`<strong class="person-name">${plan.personName}</strong>`;
  const confirmed =
    plan.confirmedAt === null
      ? ''
      : `${plan.confirmedByName ?? ''}（${warekiDate(japanDateOf(plan.confirmedAt))}）`;
  return fieldTableHtml([
    { label: '本人 氏名', valueHtml: nameHtml },
    { label: 'ふりがな', valueHtml: plan.personKana },
    { label: '作成日', valueHtml: warekiDate(plan.createdOn) },
    { label: '作成回数', valueHtml: planVersionText(plan.version) },
    { label: '計画期間', valueHtml: periodText(plan), wide: true },
    { label: '次回評価予定日', valueHtml: warekiDate(plan.nextEvaluationOn) },
    { label: '状態', valueHtml: planStatuses.labels[plan.status] },
    { label: '主担当', valueHtml: facts.mainStaffName ?? '' },
    { label: '主担当機関', valueHtml: facts.mainAgencyName ?? '' },
    { label: '承認した会議', valueHtml: approvalText(facts), wide: true },
    { label: '支援決定日', valueHtml: dateOrBlankHtml(facts.supportDecidedOn) },
    { label: '確定者', valueHtml: confirmed },
    { label: '本人の思い・意向', valueHtml: multilineHtml(plan.personWishes), wide: true },
    { label: '世帯の目標', valueHtml: multilineHtml(plan.householdGoal), wide: true },
  ]);
}

/** 利用申込: the two 事業 the plan may refer the person to, the chosen ones ☑. */
function applicationHtml(plan: PlanView): SafeHtml {
  return html`<div class="application keep">
    <p>${planApplicationStatement}</p>
    <span class="marks"
      >${checkHtml(plan.referralParticipation, '参加支援事業')}${checkHtml(plan.referralOutreach, 'アウトリーチ等を通じた継続的支援事業')}</span
    >
  </div>`;
}

function issuesHtml(plan: PlanView): SafeHtml {
  if (plan.issues.length === 0) return html`<div class="empty">記載なし</div>`;
  const rowsHtml = plan.issues.map(
    (issue, i) =>
      html`<tr>
        <td class="center">${i + 1}</td>
        <td>${multilineHtml(issue.issue)}</td>
        <td>${multilineHtml(issue.background)}</td>
      </tr>`,
  );
  return html`<table class="plan-issues">
    <colgroup>
      <col style="width:8mm" />
      <col style="width:60mm" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th>No</th>
        <th>課題</th>
        <th>背景</th>
      </tr>
    </thead>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

function goalsHtml(plan: PlanView): SafeHtml {
  const ordered = [
    ...plan.goals.filter((g) => g.kind === 'long'),
    ...plan.goals.filter((g) => g.kind === 'short'),
  ];
  if (ordered.length === 0) return html`<div class="empty">記載なし</div>`;
  const rowsHtml = ordered.map(
    (goal) =>
      html`<tr>
        <th>${planGoalKinds.labels[goal.kind]}</th>
        <td>${multilineHtml(goal.text)}</td>
      </tr>`,
  );
  return html`<table class="goals">
    <colgroup>
      <col style="width:22mm" />
      <col />
    </colgroup>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

function supportRowsHtml(plan: PlanView): SafeHtml {
  if (plan.rows.length === 0) return html`<div class="empty">記載なし</div>`;
  const rowsHtml = plan.rows.map(
    (row) =>
      html`<tr class="support-row">
        <td>${multilineHtml(row.issue)}</td>
        <td>${multilineHtml(row.content)}</td>
        <td>${assigneeHtml(row)}</td>
        <td>${row.frequency}</td>
        <td>${row.period}</td>
      </tr>`,
  );
  return html`<table class="support-rows">
    <colgroup>
      <col style="width:34mm" />
      <col />
      <col style="width:34mm" />
      <col style="width:18mm" />
      <col style="width:20mm" />
    </colgroup>
    <thead>
      <tr>
        <th>課題</th>
        <th>支援内容</th>
        <th>担当</th>
        <th>頻度</th>
        <th>期間</th>
      </tr>
    </thead>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

/** The recorded 本人同意, or blank lines to fill in by hand when none is recorded yet. */
function consentLines(plan: PlanView): SignatureLine[] {
  if (plan.consentMethod === null || plan.consentOn === null) {
    return [
      { label: '同意日', filledHtml: blankWarekiDate },
      { label: '同意の方法', filledHtml: '自署 ・ 代筆 ・ 口頭' },
      { label: '本人署名', filledHtml: '' },
      { label: '代筆者', filledHtml: '', suffix: '（本人との関係：　　　　　　）' },
    ];
  }
  const method = plan.consentMethod;
  return [
    { label: '同意日', filledHtml: warekiDate(plan.consentOn) },
    { label: '同意の方法', filledHtml: planConsentMethods.labels[method] },
    {
      label: '本人署名',
      filledHtml: method === 'verbal' ? '（口頭により同意）' : method === 'proxy' ? '（代筆）' : '',
    },
    { label: '代筆者', filledHtml: method === 'proxy' ? plan.consentProxyName : '' },
  ];
}

/** A 確定 plan printed without a recorded 本人同意 says so above the lines to fill in. */
export const consentMissingNote =
  '※ この支援プランは、本人同意の記録がないまま確定されています。同意を得たら下欄に記入してください。';

function consentMissingHtml(plan: PlanView): SafeHtml | null {
  if (plan.status === 'draft' || plan.consentOn !== null) return null;
  return html`<p class="consent-missing"><strong>${consentMissingNote}</strong></p>`;
}

/**
 * 支援プラン of one version: who and when (作成日, 第N版, 計画期間, 次回評価予定日, 主担当 and
 * 主担当機関, the approving meeting and 支援決定日), 本人の思い・意向, 世帯の目標, 課題の整理, 長期目標 /
 * 短期目標, the 支援内容 table (rows never split across pages), the 利用申込 of 参加支援 and
 * アウトリーチ and the signature block for both the application and the consent. A 案 says
 * 「（案）」 after its title and at the top of every page. The document's 作成日 is the plan's own.
 */
export function supportPlanFormHtml(
  plan: PlanView,
  ctx: PrintContext,
  facts: PlanPrintFacts,
): string {
  const draft = plan.status === 'draft';
  const title = draft ? `${supportPlanTitle}${draftMark}` : supportPlanTitle;
  // The version is in 作成回数; beside a title that may end in 「（案）」 the aside is the case only.
  const asideHtml = html`<div class="case-number"><span>ケース番号</span>${plan.caseNumber}</div>`;
  const bodyHtml = html`<div class="${draft ? 'page-draft' : ''}">
    ${docHeadHtml(title, asideHtml)} ${sectionHtml('基本情報', headerHtml(plan, facts), true)}
    ${sectionHtml('課題の整理', issuesHtml(plan))}
    ${sectionHtml('目標（長期目標・短期目標）', goalsHtml(plan))}
    ${sectionHtml('支援内容', supportRowsHtml(plan))}
    ${sectionHtml(
      '利用申込・本人同意',
      html`${applicationHtml(plan)}${consentMissingHtml(plan)}${signatureBlockHtml(planSignatureStatement(plan), consentLines(plan))}`,
      true,
    )}
  </div>`;
  return printDocument({
    title,
    municipalityName: ctx.municipalityName,
    createdOn: plan.createdOn,
    bodyHtml,
    headInBody: true,
    namedPages: draft ? [{ name: 'draft', topCenter: draftMark }] : [],
    formCss: planCss,
    footerLabel: `${plan.caseNumber}\u3000${plan.personName}\u3000${planVersionText(plan.version)}${draft ? draftMark : ''}`,
    confidential: true,
    fontDir: ctx.fontDir,
  });
}
