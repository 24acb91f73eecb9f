import { planConsentMethods, planGoalKinds, planStatuses } from '../../../contract/planCodes';
import type { PlanRowView, PlanView } from '../../../contract/schemas/plan';
import { html, type SafeHtml } from '../html';
import type { PrintContext } from '../printContext';
import { printDocument } from '../printDocument';
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

const planCss = `
.plan-aside{display:flex;gap:2mm;align-items:center;}
.plan-version{font-size:10pt;font-weight:700;}
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

function headerHtml(plan: PlanView): SafeHtml {
  const nameHtml = html`<strong class="person-name">${plan.personName}</strong>`;
  const confirmed =
    plan.confirmedAt === null
      ? ''
      : `${plan.confirmedByName ?? ''}（${warekiDate(japanDateOf(plan.confirmedAt))}）`;
  const referralHtml = html`<span class="marks"
    >${checkHtml(plan.referralParticipation, '参加支援')}${checkHtml(plan.referralOutreach, 'アウトリーチ等を通じた継続的支援')}</span
  >`;
  return fieldTableHtml([
    { label: '本人 氏名', valueHtml: nameHtml },
    { label: 'ふりがな', valueHtml: plan.personKana },
    { label: '作成日', valueHtml: warekiDate(plan.createdOn) },
    { label: '作成回数', valueHtml: planVersionText(plan.version) },
    { label: '計画期間', valueHtml: periodText(plan), wide: true },
    { label: '次回評価予定日', valueHtml: warekiDate(plan.nextEvaluationOn) },
    { label: '状態', valueHtml: planStatuses.labels[plan.status] },
    { label: '確定者', valueHtml: confirmed, wide: true },
    { label: 'つなぎ先', valueHtml: referralHtml, wide: true },
    { label: '本人の思い・意向', valueHtml: multilineHtml(plan.personWishes), wide: true },
    { label: '世帯の目標', valueHtml: multilineHtml(plan.householdGoal), wide: true },
  ]);
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
 * 支援プラン of one version: who and when (作成日, 第N版, 計画期間, 次回評価予定日), 本人の思い・意向,
 * 世帯の目標, 課題の整理, 長期目標 / 短期目標, the 支援内容 table (rows never split across
 * pages), the referral marks and the 本人同意 signature block. The document's 作成日 is the
 * plan's own.
 */
export function supportPlanFormHtml(plan: PlanView, ctx: PrintContext): string {
  const asideHtml = html`<div class="plan-aside">
    <span class="plan-version">${planVersionText(plan.version)}</span>
    <div class="case-number"><span>ケース番号</span>${plan.caseNumber}</div>
  </div>`;
  const bodyHtml = html`${sectionHtml('基本情報', headerHtml(plan), true)}
  ${sectionHtml('課題の整理', issuesHtml(plan))}
  ${sectionHtml('目標（長期目標・短期目標）', goalsHtml(plan))}
  ${sectionHtml('支援内容', supportRowsHtml(plan))}
  ${sectionHtml('本人同意', html`${consentMissingHtml(plan)}${signatureBlockHtml(planConsentStatement, consentLines(plan))}`, true)}`;
  return printDocument({
    title: supportPlanTitle,
    municipalityName: ctx.municipalityName,
    createdOn: plan.createdOn,
    bodyHtml,
    titleAsideHtml: asideHtml,
    formCss: planCss,
    footerLabel: `${plan.caseNumber}\u3000${plan.personName}\u3000${planVersionText(plan.version)}`,
    confidential: true,
    fontDir: ctx.fontDir,
  });
}
