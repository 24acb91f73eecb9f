import { closeReasons } from '../../../contract/caseCodes';
import { meetingDecisionKinds, meetingStatuses } from '../../../contract/meetingCodes';
import { planStatuses } from '../../../contract/planCodes';
import type {
  MeetingActionView,
  MeetingCaseView,
  MeetingDecisionView,
  MeetingView,
} from '../../../contract/schemas/meeting';
import { html, type SafeHtml } from '../html';
import type { PrintContext } from '../printContext';
import { printDocument } from '../printDocument';
import { warekiDate } from '../wareki';
import { blankWarekiDate, fieldTableHtml, multilineHtml, sectionHtml } from './formParts';
import {
  attendeesHtml,
  hiddenCasesHtml,
  meetingFooterLabel,
  meetingOverviewHtml,
  personNameText,
  type NameStyle,
} from './meetingParts';

export const meetingMinutesTitle = '会議録';

/** One line under the heading of a 支援会議's minutes. */
export const minutesConfidentialityNote =
  '社会福祉法第106条の6に基づく支援会議の記録です。構成員には同条第5項の守秘義務があります。';

const minutesCss = `
.kind-name{border:.3mm solid #111;padding:.6mm 2.5mm;white-space:nowrap;font-size:10pt;}
table.fields col.label{width:28mm;}
.minutes-note{font-size:8.8pt;border:.3mm solid #111;padding:1mm 2.5mm;margin:0 0 2mm;}
table.attendees th,table.attendees td{font-size:8.8pt;padding:.8mm 1.5mm;}
.case-minutes{margin-top:3mm;}
.case-minutes h3{font-size:10pt;font-weight:700;margin:0 0 1mm;padding-bottom:.5mm;
  border-bottom:.3mm solid #333;break-after:avoid;}
.case-minutes h4{font-size:9pt;font-weight:700;margin:1.5mm 0 .5mm;break-after:avoid;}
.text-box{border:.25mm solid #444;padding:1.2mm 2mm;min-height:10mm;}
table.decisions th,table.decisions td{font-size:8.8pt;padding:.8mm 1.5mm;}
table.decisions td.kind{white-space:nowrap;}
table.actions th,table.actions td{font-size:8.8pt;padding:.8mm 1.5mm;}
table.actions td.due{white-space:nowrap;}
.wishes{border:.25mm solid #444;padding:1.2mm 2mm;}
.case-time{font-weight:400;font-size:9pt;margin-left:3mm;}
.consent-warning{border:.5mm solid #111;padding:1mm 2mm;margin:1mm 0;font-weight:700;}
.written-block{margin-top:5mm;display:flex;justify-content:flex-end;}
table.written{width:110mm;}
table.written th{width:18mm;white-space:nowrap;}
`;

/** プラン承認 of 第2版（確定）, as the decision table prints the plan it named. */
function decisionPlanText(d: MeetingDecisionView): string {
  if (d.planVersion === null) return '';
  const status = d.planStatus === null ? '' : `（${planStatuses.labels[d.planStatus]}）`;
  return `支援プラン 第${d.planVersion}版${status}`;
}

function decisionsHtml(decisions: readonly MeetingDecisionView[]): SafeHtml {
  if (decisions.length === 0) return html`<p class="muted">決定事項はありません。</p>`;
  const rowsHtml = decisions.map(
    (d, i) =>
      html`<tr>
        <td class="center">${i + 1}</td>
        <td class="kind">${meetingDecisionKinds.labels[d.kind]}</td>
        <td>
          ${
            d.closeReasonCode === null
              ? ''
              : html`<div>終結理由：${closeReasons.labels[d.closeReasonCode]}</div>`
          }${multilineHtml(d.text)}${
            d.planVersion === null ? '' : html`<div class="muted">${decisionPlanText(d)}</div>`
          }
        </td>
      </tr>`,
  );
  return html`<table class="decisions">
    <colgroup>
      <col style="width:9mm" />
      <col style="width:24mm" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th>No</th>
        <th>種類</th>
        <th>内容</th>
      </tr>
    </thead>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

/** 【今後のアクション】: one row per agency or person, with its 期限 in 和暦. */
function actionsHtml(actions: readonly MeetingActionView[]): SafeHtml {
  if (actions.length === 0) return html`<p class="muted">今後のアクションの記録はありません。</p>`;
  const rowsHtml = actions.map(
    (a, i) =>
      html`<tr>
        <td class="center">${i + 1}</td>
        <td>${a.assignee}</td>
        <td>${a.content}</td>
        <td class="due">${a.dueOn === null ? '' : warekiDate(a.dueOn)}</td>
      </tr>`,
  );
  return html`<table class="actions">
    <colgroup>
      <col style="width:9mm" />
      <col style="width:48mm" />
      <col />
      <col style="width:34mm" />
    </colgroup>
    <thead>
      <tr>
        <th>No</th>
        <th>担当（機関・担当者）</th>
        <th>内容</th>
        <th>期限</th>
      </tr>
    </thead>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

/** 14:00〜14:20, or nothing when no time was recorded for the 議題. */
function agendaTimeText(item: Pick<MeetingCaseView, 'startTime' | 'endTime'>): string {
  if (item.startTime === null && item.endTime === null) return '';
  return `${item.startTime ?? ''}〜${item.endTime ?? ''}`;
}

function caseMinutesHtml(item: MeetingCaseView, number: number, style: NameStyle): SafeHtml {
  const headingText = `議題${number}\u3000${item.caseNumber}\u3000${personNameText(item.personName, item.personKana, style)}`;
  const time = agendaTimeText(item);
  return html`<div class="case-minutes">
    <h3>${headingText}${time === '' ? '' : html`<span class="case-time">（${time}）</span>`}</h3>
    ${
      item.consentWarning === null
        ? ''
        : html`<div class="consent-warning">⚠ ${item.consentWarning}</div>`
    }
    <h4>各機関からの報告</h4>
    <div class="text-box">
      ${
        item.agencyReports === ''
          ? html`<span class="muted">記録なし</span>`
          : multilineHtml(item.agencyReports)
      }
    </div>
    <h4>本人の意向</h4>
    <div class="wishes">
      ${
        item.personWishes === ''
          ? html`<span class="muted">記録なし</span>`
          : multilineHtml(quoted(item.personWishes))
      }
    </div>
    <h4>協議内容</h4>
    <div class="text-box">
      ${item.minutes === '' ? html`<span class="muted">記録なし</span>` : multilineHtml(item.minutes)}
    </div>
    <h4>【決定事項】</h4>
    ${decisionsHtml(item.decisions)}
    <h4>【今後のアクション】</h4>
    ${actionsHtml(item.actions)}
  </div>`;
}

/** 本人の意向 is quoted: typed in 「」 it prints as typed, otherwise the form adds them. */
function quoted(text: string): string {
  const t = text.trim();
  return t.startsWith('「') && t.endsWith('」') ? t : `「${t}」`;
}

/** 次回会議予定: the date (未定 when none) and what was said about it. */
function nextMeetingHtml(meeting: MeetingView): SafeHtml {
  const dateText = meeting.nextMeetingOn === null ? '未定' : warekiDate(meeting.nextMeetingOn);
  return fieldTableHtml([
    { label: '次回開催予定日', valueHtml: dateText, wide: true },
    { label: '予定', valueHtml: meeting.nextMeetingNote, wide: true },
  ]);
}

/** Who wrote the minutes and on which day (Japan time): the last to record them, not the printer. */
export type MinutesWritten = { byName: string | null; on: string };

function writtenHtml(written: MinutesWritten | null): SafeHtml {
  return html`<table class="written">
    <tbody>
      <tr>
        <th>作成者</th>
        <td>${written?.byName ?? ''}</td>
        <th>作成日</th>
        <td>${written === null ? blankWarekiDate : warekiDate(written.on)}</td>
      </tr>
    </tbody>
  </table>`;
}

/**
 * 会議録 (A4): the meeting (kind, name, when, where, 司会, 次回開催予定日), the attendees (with
 * the 守秘義務 acknowledgement at a 支援会議), 全体の協議, per case its 協議内容 and numbered
 * 【決定事項】, then 作成者 and 作成日 of the minutes (also the page's 作成日, not the print date).
 * A meeting not yet held prints with its status, so a draft is never mistaken for the record.
 */
export function meetingMinutesHtml(
  meeting: MeetingView,
  ctx: PrintContext,
  style: NameStyle = { initials: false },
  written: MinutesWritten | null = null,
): string {
  const shien = meeting.kind === 'shien';
  const noteHtml = shien ? html`<p class="minutes-note">${minutesConfidentialityNote}</p>` : '';
  const draftHtml =
    meeting.status === 'held'
      ? ''
      : html`<p class="minutes-note">
          この会議は「${meetingStatuses.labels[meeting.status]}」です（開催済ではありません）。
        </p>`;
  const generalHtml =
    meeting.generalMinutes === ''
      ? html`<p class="muted">記録なし</p>`
      : html`<div class="text-box">${multilineHtml(meeting.generalMinutes)}</div>`;
  const casesHtml =
    meeting.cases.length === 0
      ? html`<p class="muted">議題のケースはありません。</p>`
      : meeting.cases.map((c, i) => caseMinutesHtml(c, i + 1, style));
  const bodyHtml = html`${noteHtml}${draftHtml}
    ${sectionHtml('会議の概要', meetingOverviewHtml(meeting, false), true)}
    ${sectionHtml('出席者', attendeesHtml(meeting, shien, true))}
    ${sectionHtml('全体の協議・連絡事項', generalHtml)}
    ${sectionHtml('ケースごとの協議', html`${casesHtml}${hiddenCasesHtml(meeting)}`)}
    ${sectionHtml('次回会議予定', nextMeetingHtml(meeting), true)}
    <div class="keep written-block">${writtenHtml(written)}</div>`;
  return printDocument({
    title: meetingMinutesTitle,
    municipalityName: ctx.municipalityName,
    createdOn: written?.on ?? ctx.createdOn,
    bodyHtml,
    titleAsideHtml: html`<span class="kind-name">${meeting.kindName}</span>`,
    formCss: minutesCss,
    footerLabel: meetingFooterLabel(meeting),
    confidential: true,
    fontDir: ctx.fontDir,
  });
}
