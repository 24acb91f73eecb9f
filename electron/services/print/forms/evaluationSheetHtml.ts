import { closeReasons, type CloseReason } from '../../../contract/caseCodes';
import { goalResults, planDecisions, planGoalKinds } from '../../../contract/planCodes';
import type { PlanEvaluationView, PlanView } from '../../../contract/schemas/plan';
import { html, type SafeHtml } from '../html';
import type { PrintContext } from '../printContext';
import { printDocument } from '../printDocument';
import { warekiDate } from '../wareki';
import { fieldTableHtml, multilineHtml, sectionHtml } from './formParts';
import { planVersionText } from './supportPlanFormHtml';

export const evaluationSheetTitle = '評価シート';

/** 終結理由 as recorded: the code (null: closed before codes were kept) and its 補足 in words. */
export type CloseReasonFacts = { code: CloseReason | null; note: string };

/** What the sheet prints besides the evaluation (from the case and its meetings). */
export type EvaluationPrintFacts = {
  /** The meeting that confirmed the evaluation, if one did. */
  confirmingMeeting: { kindName: string; title: string; heldOn: string } | null;
  /** After 継続: the next 評価予定日 (`held`: the next evaluation has since been made that day). */
  nextEvaluation: { on: string; held: boolean } | null;
  /** After 終結: 終結理由 as recorded on the evaluation (else on the case). */
  closeReason: CloseReasonFacts;
};

/** For a sheet printed without its case (tests of the layout). */
export const noEvaluationPrintFacts: EvaluationPrintFacts = {
  confirmingMeeting: null,
  nextEvaluation: null,
  closeReason: { code: null, note: '' },
};

const evaluationCss = `
.case-number{border:.3mm solid #111;padding:.6mm 2.5mm;white-space:nowrap;}
.case-number span{font-size:8pt;margin-right:2mm;}
.person-name{font-size:12pt;font-weight:700;letter-spacing:.06em;}
.text-box{border:.25mm solid #444;padding:1.2mm 2mm;min-height:12mm;}
table.goal-results td,table.goal-results th{font-size:8.8pt;padding:1mm 1.5mm;line-height:1.5;}
table.goal-results td.result{text-align:center;white-space:nowrap;}
.choices span{margin-right:5mm;white-space:nowrap;}
.chosen{font-weight:700;}
.empty{padding:3mm;text-align:center;color:#555;border:.25mm solid #444;}
h3.sub{font-size:9.5pt;font-weight:700;margin:2mm 0 .8mm;}
.next-evaluation{margin-top:1mm;}
`;

/** Every choice printed, the one taken marked ●, as on a paper form where it is circled. */
function choicesHtml<K extends string>(labels: Record<K, string>, chosen: K): SafeHtml {
  const keys = Object.keys(labels) as K[];
  return html`<span class="choices"
    >${keys.map((key) =>
      key === chosen
        ? html`<span class="chosen">● ${labels[key]}</span>`
        : html`<span>○ ${labels[key]}</span>`,
    )}</span
  >`;
}

function goalResultsHtml(evaluation: PlanEvaluationView): SafeHtml {
  if (evaluation.goals.length === 0) return html`<div class="empty">評価した目標はありません</div>`;
  const rowsHtml = evaluation.goals.map(
    (goal) =>
      html`<tr class="goal-result">
        <td class="center">${planGoalKinds.labels[goal.kind]}</td>
        <td>${multilineHtml(goal.text)}</td>
        <td class="result"><strong>${goalResults.labels[goal.result]}</strong></td>
        <td>${multilineHtml(goal.comment)}</td>
      </tr>`,
  );
  return html`<table class="goal-results">
    <colgroup>
      <col style="width:20mm" />
      <col />
      <col style="width:20mm" />
      <col style="width:58mm" />
    </colgroup>
    <thead>
      <tr>
        <th>区分</th>
        <th>目標</th>
        <th>評価</th>
        <th>コメント</th>
      </tr>
    </thead>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

function meetingText(facts: EvaluationPrintFacts): string {
  const meeting = facts.confirmingMeeting;
  if (meeting === null) return '';
  return [meeting.kindName, meeting.title, warekiDate(meeting.heldOn)]
    .filter((s) => s !== '')
    .join('\u3000');
}

/**
 * 終結理由: every reason of the official list printed, the recorded one ●, its 補足 below. A case
 * closed before the reason was a code has only words: they print as その他 with the words.
 */
export function closeReasonHtml(reason: CloseReasonFacts): SafeHtml {
  const chosen = reason.code ?? (reason.note === '' ? null : 'other');
  return html`<p class="choices">
      ${closeReasons.codes.map((code) =>
        code === chosen
          ? html`<span class="chosen">● ${closeReasons.labels[code]}</span>`
          : html`<span>○ ${closeReasons.labels[code]}</span>`,
      )}
    </p>
    ${reason.note === '' ? '' : html`<p>補足：${reason.note}</p>`}`;
}

function nextEvaluationHtml(facts: EvaluationPrintFacts): SafeHtml {
  const next = facts.nextEvaluation;
  if (next === null) return html``;
  return html`<p class="next-evaluation">
    次回評価予定日：<strong>${warekiDate(next.on)}</strong>${next.held ? '（この日に次の評価を実施）' : ''}
  </p>`;
}

/**
 * 評価シート of one evaluation of a plan version: the plan it evaluates, 評価日, who evaluated
 * and the meeting that confirmed it, each goal's result (達成 / 一部達成 / 未達成) with its
 * comment, 本人の変化, 所見 and the decision — with the next 評価予定日 after 継続 and the
 * 終結理由 after 終結. 評価日 is the document's 作成日.
 */
export function evaluationSheetHtml(
  plan: PlanView,
  evaluation: PlanEvaluationView,
  ctx: PrintContext,
  facts: EvaluationPrintFacts,
): string {
  const nameHtml = html`<strong class="person-name">${plan.personName}</strong>`;
  const headerHtml = fieldTableHtml([
    { label: '本人 氏名', valueHtml: nameHtml },
    { label: 'ふりがな', valueHtml: plan.personKana },
    {
      label: '対象プラン',
      valueHtml: `${planVersionText(plan.version)}\u3000作成日 ${warekiDate(plan.createdOn)}`,
      wide: true,
    },
    { label: '評価日', valueHtml: warekiDate(evaluation.evaluatedOn) },
    { label: '評価者', valueHtml: evaluation.evaluatedByName ?? '' },
    { label: '確認した会議', valueHtml: meetingText(facts), wide: true },
  ]);
  const decisionHtml = html`<p>${choicesHtml(planDecisions.labels, evaluation.decision)}</p>
    ${nextEvaluationHtml(facts)}
    ${
      evaluation.decision === 'close'
        ? html`<h3 class="sub">終結理由</h3>
            ${closeReasonHtml(facts.closeReason)}`
        : ''
    }`;
  const bodyHtml = html`${sectionHtml('基本情報', headerHtml, true)}
  ${sectionHtml('目標ごとの評価', goalResultsHtml(evaluation))}
  ${sectionHtml('本人の変化', multilineHtml(evaluation.personChange, 'text-box'), true)}
  ${sectionHtml('所見', multilineHtml(evaluation.comment, 'text-box'), true)}
  ${sectionHtml('判断', decisionHtml, true)}`;
  return printDocument({
    title: evaluationSheetTitle,
    municipalityName: ctx.municipalityName,
    createdOn: evaluation.evaluatedOn,
    bodyHtml,
    titleAsideHtml: html`<div class="case-number"><span>ケース番号</span>${plan.caseNumber}</div>`,
    formCss: evaluationCss,
    footerLabel: `${plan.caseNumber}\u3000${plan.personName}\u3000${planVersionText(plan.version)}`,
    confidential: true,
    fontDir: ctx.fontDir,
  });
}
