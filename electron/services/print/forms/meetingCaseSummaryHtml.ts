import { consentStates, fields, noteMeans, stages, urgencies } from '../../../contract/caseCodes';
import { planGoalKinds, planStatuses } from '../../../contract/planCodes';
import type { CaseDetail, NoteView } from '../../../contract/schemas/caseWork';
import type { PersonView } from '../../../contract/schemas/household';
import type { MeetingCaseView } from '../../../contract/schemas/meeting';
import type { PlanView } from '../../../contract/schemas/plan';
import { html, type SafeHtml } from '../html';
import { warekiDate, weekdayOf } from '../wareki';
import { fieldTableHtml, multilineHtml } from './formParts';
import { personNameText, type NameStyle } from './meetingParts';
import { memberNotesText, sexText } from './personText';
import { assigneeHtml, planVersionText } from './supportPlanFormHtml';
import { localDateOf } from '../../../contract/japaneseDate/japanTime';

/** What the 会議資料 shows of one case on the agenda. */
export type HandoutCase = {
  agenda: MeetingCaseView;
  /** Person, household, 主訴, fields, tags and agencies (its notes are not printed). */
  detail: CaseDetail;
  members: readonly PersonView[];
  /** The plan in force: the latest 確定 version, else the latest 案; null when none. */
  plan: PlanView | null;
  /** Newest first, a handful (the loader chooses how many). */
  recentNotes: readonly NoteView[];
};

export const meetingCaseSummaryCss = `
.case-summary{break-before:page;}
.case-summary h2.case-title{font-size:11.5pt;}
.case-summary h3{font-size:9.5pt;font-weight:700;margin:2.5mm 0 .8mm;break-after:avoid;}
.case-summary table th,.case-summary table td{font-size:8.6pt;padding:.7mm 1.5mm;}
.consent-warning{border:.5mm solid #111;padding:1mm 2mm;margin:1mm 0 2mm;font-weight:700;}
.case-summary table + table{margin-top:1.5mm;}
.plan-line span{margin-right:4mm;white-space:nowrap;}
`;

function membersHtml(detail: CaseDetail, members: readonly PersonView[], style: NameStyle) {
  if (members.length === 0) return html`<p class="muted">世帯員の登録はありません。</p>`;
  // Ages only: a meeting needs to know who lives there, not dates of birth.
  const rowsHtml = members.map(
    (m) =>
      html`<tr>
        <td>
          ${m.id === detail.person.id ? '◎ ' : ''}${style.initials ? personNameText(m.name, m.nameKana, style) : m.name}
        </td>
        <td>${m.relationship}</td>
        <td class="num">${m.age === null ? '' : `${m.age}歳`}</td>
        <td class="center">${sexText(m)}</td>
        <td class="center">${m.livesTogether ? '同居' : '別居'}</td>
        <td>${memberNotesText(m)}</td>
      </tr>`,
  );
  return html`<table class="members">
    <colgroup>
      <col style="width:38mm" />
      <col style="width:18mm" />
      <col style="width:14mm" />
      <col style="width:14mm" />
      <col style="width:13mm" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th>氏名</th>
        <th>続柄</th>
        <th>年齢</th>
        <th>性別</th>
        <th>同居</th>
        <th>手帳・要介護度</th>
      </tr>
    </thead>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

function agenciesHtml(detail: CaseDetail): SafeHtml | '' {
  if (detail.agencies.length === 0) return '';
  return html`<h3>関係機関・役割分担</h3>
    <table class="agencies">
      <colgroup>
        <col style="width:55mm" />
        <col />
      </colgroup>
      <tbody>
        ${detail.agencies.map(
          (a) =>
            html`<tr>
              <th>${a.name}</th>
              <td>${a.role}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function planHtml(plan: PlanView | null): SafeHtml {
  if (plan === null) return html`<p class="muted">支援プランはまだ作成されていません。</p>`;
  const period =
    plan.periodFrom === null && plan.periodTo === null
      ? ''
      : `${plan.periodFrom === null ? '' : warekiDate(plan.periodFrom)} 〜 ${plan.periodTo === null ? '' : warekiDate(plan.periodTo)}`;
  const goals = [
    ...plan.goals.filter((g) => g.kind === 'long'),
    ...plan.goals.filter((g) => g.kind === 'short'),
  ];
  const goalsHtml = goals.map(
    (g) =>
      html`<tr>
        <th>${planGoalKinds.labels[g.kind]}</th>
        <td>${multilineHtml(g.text)}</td>
      </tr>`,
  );
  const rowsHtml = plan.rows.map(
    (r) =>
      html`<tr>
        <td>${multilineHtml(r.issue)}</td>
        <td>${multilineHtml(r.content)}</td>
        <td>${assigneeHtml(r)}</td>
        <td>${r.frequency}</td>
      </tr>`,
  );
  return html`<p class="plan-line">
      <span>${planVersionText(plan.version)}</span><span>${planStatuses.labels[plan.status]}</span>
      ${period === '' ? '' : html`<span>計画期間 ${period}</span>`}
      <span>次回評価予定日 ${warekiDate(plan.nextEvaluationOn)}</span>
    </p>
    ${
      goals.length === 0
        ? ''
        : html`<table class="goals">
            <colgroup>
              <col style="width:22mm" />
              <col />
            </colgroup>
            <tbody>
              ${goalsHtml}
            </tbody>
          </table>`
    }
    ${
      plan.rows.length === 0
        ? ''
        : html`<table class="support-rows">
            <colgroup>
              <col style="width:34mm" />
              <col />
              <col style="width:34mm" />
              <col style="width:18mm" />
            </colgroup>
            <thead>
              <tr>
                <th>課題</th>
                <th>支援内容</th>
                <th>担当</th>
                <th>頻度</th>
              </tr>
            </thead>
            <tbody>
              ${rowsHtml}
            </tbody>
          </table>`
    }`;
}

function notesHtml(notes: readonly NoteView[]): SafeHtml {
  if (notes.length === 0) return html`<p class="muted">経過記録はありません。</p>`;
  const rowsHtml = notes.map((n) => {
    const date = localDateOf(n.occurredAt);
    return html`<tr>
      <td class="nowrap">${warekiDate(date)}（${weekdayOf(date)}）</td>
      <td>${noteMeans.labels[n.means]}</td>
      <td>${n.counterpart}</td>
      <td>
        ${multilineHtml(n.facts)}${
          n.assessment === ''
            ? ''
            : html`<div class="muted">所見：${multilineHtml(n.assessment)}</div>`
        }
      </td>
    </tr>`;
  });
  return html`<table class="notes">
    <colgroup>
      <col style="width:33mm" />
      <col style="width:16mm" />
      <col style="width:20mm" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th>日付</th>
        <th>手段</th>
        <th>相手</th>
        <th>内容</th>
      </tr>
    </thead>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

/**
 * One case of the 会議資料, on a page of its own: who (name or initials), stage and 主担当, the
 * household (ages, not dates of birth; no address when initials are asked for), 主訴, agencies,
 * the plan in force (goals and 支援内容) and the most recent notes. A consent withdrawn since the
 * case was put on the agenda is printed as a boxed warning.
 */
export function meetingCaseSummaryHtml(
  item: HandoutCase,
  number: number,
  style: NameStyle,
): SafeHtml {
  const { detail, agenda } = item;
  const headingText = `議題${number}\u3000${detail.caseNumber}\u3000${personNameText(detail.person.name, detail.person.nameKana, style)}`;
  const place = style.initials
    ? detail.household.district
    : [detail.household.address, detail.household.district].filter((s) => s !== '').join('　');
  const warningHtml =
    agenda.consentWarning === null
      ? ''
      : html`<div class="consent-warning">⚠ ${agenda.consentWarning}</div>`;
  return html`<section class="case-summary">
    <h2 class="case-title">${headingText}</h2>
    ${warningHtml}
    ${fieldTableHtml([
      { label: '段階', valueHtml: stages.labels[detail.stage] },
      { label: '主担当', valueHtml: detail.mainStaffName ?? '' },
      { label: '相談分野', valueHtml: detail.fields.map((f) => fields.labels[f]).join('・') },
      { label: '緊急度', valueHtml: urgencies.labels[detail.urgency] },
      { label: '課題', valueHtml: detail.tags.join('・'), wide: true },
      { label: style.initials ? '地区' : '住所', valueHtml: place },
      {
        label: '本人同意',
        valueHtml: `重層的支援会議での検討：${consentStates.labels[agenda.consentState]}`,
      },
      { label: '主訴', valueHtml: multilineHtml(detail.chiefComplaint), wide: true },
    ])}
    <h3>世帯の状況</h3>
    ${membersHtml(detail, item.members, style)} ${agenciesHtml(detail)}
    <h3>現在の支援プラン</h3>
    ${planHtml(item.plan)}
    <h3>最近の経過記録（新しい順）</h3>
    ${notesHtml(item.recentNotes)}
  </section>`;
}
