import { consentStates, fields, noteMeans, stages, urgencies } from '../../../contract/caseCodes';
import { planGoalKinds, planStatuses } from '../../../contract/planCodes';
import type { CaseDetail, NoteView } from '../../../contract/schemas/caseWork';
import type { PersonView } from '../../../contract/schemas/household';
import type { MeetingCaseView } from '../../../contract/schemas/meeting';
import type { PlanView } from '../../../contract/schemas/plan';
import { html, type SafeHtml } from '../html';
import { warekiDate, warekiDateParts, weekdayOf } from '../wareki';
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

// Cases follow one another (no page of their own): a case that ran a few rows over its page used
// to leave a sheet holding one or two rows. Each case is a one-cell table whose head repeats at
// the top of every page it continues on, so a continuation sheet says which case it is.
export const meetingCaseSummaryCss = `
table.case-frame{margin-top:5mm;border:none;}
table.case-frame > thead > tr > th,table.case-frame > tbody > tr > td{border:none;background:none;padding:0;}
table.case-frame > tbody > tr{break-inside:auto;}
table.case-frame > thead th{text-align:left;}
.case-frame h2.case-title{font-size:11.5pt;margin:0 0 1mm;}
.restricted-mark{display:inline-block;font-weight:400;border:.4mm solid #111;padding:0 1.5mm;margin-left:3mm;font-size:9pt;}
.case-summary h3{font-size:9.5pt;font-weight:700;margin:2.5mm 0 .8mm;break-after:avoid;}
.case-summary table th,.case-summary table td{font-size:8.6pt;padding:.7mm 1.5mm;}
.consent-warning{border:.5mm solid #111;padding:1mm 2mm;margin:1mm 0 2mm;font-weight:700;}
.case-summary table + table{margin-top:1.5mm;}
.plan-line span{margin-right:4mm;white-space:nowrap;}
.wishes{border:.25mm solid #444;padding:1mm 2mm;}
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

/** 令和10年 / 12月31日（金）: a long 和暦 date wraps after the year, never into the next column. */
function noteDateHtml(date: string): SafeHtml {
  const [year, monthDay] = warekiDateParts(date);
  return html`<span class="nowrap">${year}</span><wbr /><span class="nowrap"
      >${monthDay}（${weekdayOf(date)}）</span
    >`;
}

function notesHtml(notes: readonly NoteView[]): SafeHtml {
  if (notes.length === 0) return html`<p class="muted">経過記録はありません。</p>`;
  const rowsHtml = notes.map((n) => {
    const date = localDateOf(n.occurredAt);
    return html`<tr>
      <td>${noteDateHtml(date)}</td>
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

/** 本人の思い in the person's own words, as the plan in force records them. */
function wishesHtml(plan: PlanView | null): SafeHtml {
  if (plan === null || plan.personWishes.trim() === '') {
    return html`<p class="muted">
      本人の思いはまだ記録されていません（支援プランに記入します）。
    </p>`;
  }
  return html`<div class="wishes">${multilineHtml(plan.personWishes)}</div>`;
}

/** 住所 as the handout prints it: never for a 閲覧制限 case (DV and the like), 地区 only with initials. */
function placeOf(detail: CaseDetail, style: NameStyle): { label: string; text: string } {
  if (detail.restricted) {
    return { label: '住所', text: '（閲覧制限のケースのため記載しません）' };
  }
  if (style.initials) return { label: '地区', text: detail.household.district };
  return {
    label: '住所',
    text: [detail.household.address, detail.household.district].filter((s) => s !== '').join('　'),
  };
}

/**
 * One case of the 会議資料: who (name or initials), marked 閲覧制限 when it is, stage and 主担当,
 * the household (ages, not dates of birth; no address when initials are asked for or the case is
 * restricted), 主訴, 本人の思い, agencies, the plan in force (goals and 支援内容) and the most
 * recent notes. A consent withdrawn since the case was put on the agenda is printed as a boxed
 * warning. The heading repeats at the top of every page the case continues on.
 */
export function meetingCaseSummaryHtml(
  item: HandoutCase,
  number: number,
  style: NameStyle,
): SafeHtml {
  const { detail, agenda } = item;
  const headingText = `議題${number}\u3000${detail.caseNumber}\u3000${personNameText(detail.person.name, detail.person.nameKana, style)}`;
  const place = placeOf(detail, style);
  const warningHtml =
    agenda.consentWarning === null
      ? ''
      : html`<div class="consent-warning">⚠ ${agenda.consentWarning}</div>`;
  const restrictedHtml = detail.restricted
    ? html`<span class="restricted-mark">閲覧制限</span>`
    : '';
  return html`<table class="case-frame">
    <thead>
      <tr>
        <th>
          <h2 class="case-title">${headingText}${restrictedHtml}</h2>
        </th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <td class="case-summary">
          <div class="keep">
            ${warningHtml}
            ${fieldTableHtml([
              { label: '段階', valueHtml: stages.labels[detail.stage] },
              { label: '主担当', valueHtml: detail.mainStaffName ?? '' },
              {
                label: '相談分野',
                valueHtml: detail.fields.map((f) => fields.labels[f]).join('・'),
              },
              { label: '緊急度', valueHtml: urgencies.labels[detail.urgency] },
              { label: '課題', valueHtml: detail.tags.join('・'), wide: true },
              { label: place.label, valueHtml: place.text },
              {
                label: '本人同意',
                valueHtml: `重層的支援会議での検討：${consentStates.labels[agenda.consentState]}`,
              },
              { label: '主訴', valueHtml: multilineHtml(detail.chiefComplaint), wide: true },
            ])}
          </div>
          <div class="keep">
            <h3>本人の思い</h3>
            ${wishesHtml(item.plan)}
          </div>
          <h3>世帯の状況</h3>
          ${membersHtml(detail, item.members, style)} ${agenciesHtml(detail)}
          <h3>現在の支援プラン</h3>
          ${planHtml(item.plan)}
          <h3>最近の経過記録（新しい順）</h3>
          ${notesHtml(item.recentNotes)}
        </td>
      </tr>
    </tbody>
  </table>`;
}
