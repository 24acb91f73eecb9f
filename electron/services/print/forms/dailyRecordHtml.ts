import { fields, noteMeans, routes, urgencies } from '../../../contract/caseCodes';
import { outreachMethods, outreachResults } from '../../../contract/communityCodes';
import { meetingStatuses } from '../../../contract/meetingCodes';
import type {
  DailyContact,
  DailyIntake,
  DailyMeeting,
  DailyNote,
  DailyRecord,
} from '../../../contract/schemas/dailyRecord';
import { html, type SafeHtml } from '../html';
import type { PrintContext } from '../printContext';
import { printDocument } from '../printDocument';
import { warekiDate, weekdayOf } from '../wareki';
import { fieldTableHtml, multilineHtml, sectionHtml } from './formParts';

export const dailyRecordTitle = '一日の相談記録';

const dailyCss = `
table.day{margin-top:2mm;}
table.day th,table.day td{font-size:8.8pt;padding:1.2mm 1mm;line-height:1.5;vertical-align:top;}
table.day td.body{padding:1.2mm 1.5mm;}
table.day td.nowrap{white-space:nowrap;}
.day-assessment{margin-top:1mm;padding:.6mm 1.5mm;background:#f0f0f0;border-left:1mm solid #777;}
.day-next{margin-top:1mm;padding:.2mm 1.5mm;border-left:1mm dotted #777;}
.day-assessment .multiline,.day-next .multiline{display:inline;}
.day-label{font-weight:700;font-size:8pt;margin-right:2mm;}
.restricted-mark{display:inline-block;border:.3mm solid #111;padding:0 1mm;font-size:7.5pt;margin-top:.5mm;}
.withdrawn td.body .multiline{text-decoration:line-through;}
.none{padding:2mm;color:#555;border:.25mm solid #444;margin-top:2mm;font-size:9pt;}
.check{margin-top:6mm;width:60mm;margin-left:auto;}
.check td{height:14mm;}
`;

function caseCellHtml(entry: { caseNumber: string; personName: string; restricted: boolean }) {
  return html`${entry.caseNumber}<br />${entry.personName}${
      entry.restricted ? html`<br /><span class="restricted-mark">閲覧制限</span>` : ''
    }`;
}

function noteRowHtml(note: DailyNote): SafeHtml {
  const assessmentHtml =
    note.assessment === ''
      ? ''
      : html`<div class="day-assessment">
          <strong class="day-label">所見</strong>${multilineHtml(note.assessment)}
        </div>`;
  const dueText = note.nextActionOn === null ? '' : `（期日 ${warekiDate(note.nextActionOn)}）`;
  const nextHtml =
    note.nextAction === ''
      ? ''
      : html`<div class="day-next">
          <strong class="day-label">次の対応${dueText}</strong>${multilineHtml(note.nextAction)}
        </div>`;
  const withdrawnHtml = note.withdrawn ? html`<span class="restricted-mark">取消</span> ` : '';
  return html`<tr class="${note.withdrawn ? 'withdrawn' : ''}">
    <td class="nowrap">${note.time}</td>
    <td>${caseCellHtml(note)}</td>
    <td>
      ${noteMeans.labels[note.means]}${note.counterpart === '' ? '' : html`<br />${note.counterpart}`}
    </td>
    <td>${note.staffName ?? ''}</td>
    <td class="body">${withdrawnHtml}${multilineHtml(note.facts)}${assessmentHtml}${nextHtml}</td>
    <td class="num">${note.minutes ?? ''}</td>
  </tr>`;
}

function notesHtml(notes: readonly DailyNote[]): SafeHtml {
  if (notes.length === 0) return html`<div class="none">この日の経過記録はありません。</div>`;
  return html`<table class="day">
    <colgroup>
      <col style="width:11mm" />
      <col style="width:24mm" />
      <col style="width:22mm" />
      <col style="width:18mm" />
      <col />
      <col style="width:8mm" />
    </colgroup>
    <thead>
      <tr>
        <th>時刻</th>
        <th>ケース</th>
        <th>手段・相手</th>
        <th>記録者</th>
        <th>内容</th>
        <th>分</th>
      </tr>
    </thead>
    <tbody>
      ${notes.map(noteRowHtml)}
    </tbody>
  </table>`;
}

function intakeRowHtml(intake: DailyIntake): SafeHtml {
  return html`<tr>
    <td>${caseCellHtml(intake)}</td>
    <td>${routes.labels[intake.route]}</td>
    <td>${intake.fields.map((f) => fields.labels[f]).join('・')}</td>
    <td>${urgencies.labels[intake.urgency]}</td>
    <td>${intake.receivedByName ?? ''}</td>
    <td class="body">${multilineHtml(intake.chiefComplaint)}</td>
  </tr>`;
}

function intakesHtml(intakes: readonly DailyIntake[]): SafeHtml {
  if (intakes.length === 0) return html`<div class="none">この日の相談受付はありません。</div>`;
  return html`<table class="day">
    <colgroup>
      <col style="width:24mm" />
      <col style="width:18mm" />
      <col style="width:22mm" />
      <col style="width:13mm" />
      <col style="width:18mm" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th>ケース</th>
        <th>相談経路</th>
        <th>相談分野</th>
        <th>緊急度</th>
        <th>受付者</th>
        <th>主訴</th>
      </tr>
    </thead>
    <tbody>
      ${intakes.map(intakeRowHtml)}
    </tbody>
  </table>`;
}

function contactRowHtml(contact: DailyContact): SafeHtml {
  return html`<tr>
    <td>${contact.targetName}</td>
    <td>${outreachMethods.labels[contact.method]}</td>
    <td>${outreachResults.labels[contact.result]}</td>
    <td>${contact.staffName ?? ''}</td>
    <td class="body">${multilineHtml(contact.note)}</td>
  </tr>`;
}

function contactsHtml(contacts: readonly DailyContact[]): SafeHtml {
  if (contacts.length === 0) {
    return html`<div class="none">この日のアウトリーチの接触はありません。</div>`;
  }
  return html`<table class="day">
    <colgroup>
      <col style="width:32mm" />
      <col style="width:18mm" />
      <col style="width:18mm" />
      <col style="width:18mm" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th>対象</th>
        <th>方法</th>
        <th>結果</th>
        <th>担当</th>
        <th>内容</th>
      </tr>
    </thead>
    <tbody>
      ${contacts.map(contactRowHtml)}
    </tbody>
  </table>`;
}

function meetingTime(meeting: DailyMeeting): string {
  if (meeting.startTime === null) return '';
  return meeting.endTime === null ? meeting.startTime : `${meeting.startTime}〜${meeting.endTime}`;
}

function meetingRowHtml(meeting: DailyMeeting): SafeHtml {
  return html`<tr>
    <td class="nowrap">${meetingTime(meeting)}</td>
    <td>${meeting.kindName}</td>
    <td>${meeting.title}</td>
    <td>${meeting.place}</td>
    <td>${meeting.chairName}</td>
    <td>${meetingStatuses.labels[meeting.status]}</td>
    <td class="num">${meeting.caseCount}</td>
  </tr>`;
}

function meetingsHtml(meetings: readonly DailyMeeting[]): SafeHtml {
  if (meetings.length === 0) return html`<div class="none">この日の会議はありません。</div>`;
  return html`<table class="day">
    <colgroup>
      <col style="width:20mm" />
      <col style="width:24mm" />
      <col />
      <col style="width:24mm" />
      <col style="width:18mm" />
      <col style="width:13mm" />
      <col style="width:10mm" />
    </colgroup>
    <thead>
      <tr>
        <th>時刻</th>
        <th>種類</th>
        <th>件名</th>
        <th>場所</th>
        <th>司会</th>
        <th>状態</th>
        <th>件数</th>
      </tr>
    </thead>
    <tbody>
      ${meetings.map(meetingRowHtml)}
    </tbody>
  </table>`;
}

/** 令和8年12月8日（火）. */
export function dayText(date: string): string {
  return `${warekiDate(date)}（${weekdayOf(date)}）`;
}

/**
 * 一日の相談記録 on A4: the day, whose records (a staff member or 事務所全体) and the counts,
 * then 経過記録 by time (所見 and 次の対応 set apart), 相談受付, アウトリーチ and 会議 — each
 * section saying so when the day has none — and a box for the 係長's 確認印.
 */
export function dailyRecordHtml(record: DailyRecord, ctx: PrintContext): string {
  const who = record.staffName ?? '事務所全体';
  const minutes = record.notes.reduce((sum, n) => sum + (n.withdrawn ? 0 : (n.minutes ?? 0)), 0);
  const summaryHtml = fieldTableHtml([
    { label: '日付', valueHtml: dayText(record.date) },
    { label: '職員', valueHtml: who },
    {
      label: '件数',
      // Set apart by spaces: 「）・」 would be squeezed into one another on paper.
      valueHtml: `経過記録 ${record.notes.length}件（計 ${minutes}分）\u3000相談受付 ${record.intakes.length}件\u3000アウトリーチ ${record.contacts.length}件\u3000会議 ${record.meetings.length}件`,
      wide: true,
    },
  ]);
  const checkHtml = html`<table class="fields check">
    <tbody>
      <tr>
        <th>確認</th>
        <td></td>
      </tr>
    </tbody>
  </table>`;
  return printDocument({
    title: dailyRecordTitle,
    municipalityName: ctx.municipalityName,
    createdOn: ctx.createdOn,
    bodyHtml: html`${summaryHtml}
    ${sectionHtml(`経過記録（${record.notes.length}件）`, notesHtml(record.notes))}
    ${sectionHtml(`相談受付（${record.intakes.length}件）`, intakesHtml(record.intakes))}
    ${sectionHtml(`アウトリーチ（${record.contacts.length}件）`, contactsHtml(record.contacts))}
    ${sectionHtml(`会議（${record.meetings.length}件）`, meetingsHtml(record.meetings))}
    ${checkHtml}`,
    formCss: dailyCss,
    footerLabel: `${dayText(record.date)}\u3000${who}`,
    confidential: true,
    fontDir: ctx.fontDir,
  });
}
