import { attendeeRoles } from '../../../contract/meetingCodes';
import type { MeetingView } from '../../../contract/schemas/meeting';
import { html, type SafeHtml } from '../html';
import { nameInitials } from '../nameInitials';
import { warekiDate, weekdayOf } from '../wareki';
import { fieldTableHtml } from './formParts';

/** How people on the agenda are named in print: in full, or as initials (Y.T.). */
export type NameStyle = { initials: boolean };

/** A person as printed: 山田 太郎（やまだ たろう）, or Y.T. when the print uses initials. */
export function personNameText(name: string, kana: string, style: NameStyle): string {
  if (style.initials) return nameInitials(kana, name);
  return kana === '' ? name : `${name}（${kana}）`;
}

/** 令和8年11月27日（金）14:00〜15:30, leaving out the times not set. */
export function meetingDateTimeText(
  meeting: Pick<MeetingView, 'heldOn' | 'startTime' | 'endTime'>,
): string {
  const date = `${warekiDate(meeting.heldOn)}（${weekdayOf(meeting.heldOn)}）`;
  if (meeting.startTime === null && meeting.endTime === null) return date;
  return `${date} ${meeting.startTime ?? ''}〜${meeting.endTime ?? ''}`;
}

/** 司会: the staff member, or the name typed for someone else. */
export function chairText(meeting: Pick<MeetingView, 'chairStaffName' | 'chairName'>): string {
  return meeting.chairStaffName ?? meeting.chairName;
}

/** The meeting's name as printed: its title, else the office's name of its kind. */
export function meetingNameText(meeting: Pick<MeetingView, 'title' | 'kindName'>): string {
  return meeting.title === '' ? meeting.kindName : meeting.title;
}

/** Bottom left of every page: which meeting the loose sheet belongs to. */
export function meetingFooterLabel(
  meeting: Pick<MeetingView, 'kindName' | 'heldOn' | 'title'>,
): string {
  return [meeting.kindName, warekiDate(meeting.heldOn), meeting.title]
    .filter((s) => s !== '')
    .join('\u3000');
}

/** 会議の種類, 会議名, 開催日時, 場所, 司会 and, when given, 次回開催予定日. */
export function meetingOverviewHtml(meeting: MeetingView, withNextDate: boolean): SafeHtml {
  return fieldTableHtml([
    { label: '会議の種類', valueHtml: meeting.kindName },
    { label: '会議名', valueHtml: meeting.title },
    { label: '開催日時', valueHtml: meetingDateTimeText(meeting), wide: true },
    { label: '場所', valueHtml: meeting.place },
    { label: '司会', valueHtml: chairText(meeting) },
    ...(withNextDate
      ? [
          {
            label: '次回開催予定日',
            valueHtml: meeting.nextMeetingOn === null ? '未定' : warekiDate(meeting.nextMeetingOn),
            wide: true,
          },
        ]
      : []),
  ]);
}

/**
 * 出席者 as a table: 氏名, 所属・役職 as FORMS.md names it (the agency when none was typed), 役割
 * (司会, 記録, 説明者 …; the 会議録 only) and, at a 支援会議, the date each acknowledged 守秘義務.
 */
export function attendeesHtml(meeting: MeetingView, withAck: boolean, withRole = false): SafeHtml {
  if (meeting.attendees.length === 0) return html`<p class="muted">出席者の記録はありません。</p>`;
  const rowsHtml = meeting.attendees.map(
    (a, i) =>
      html`<tr>
        <td class="center">${i + 1}</td>
        <td>${a.name}</td>
        <td>${a.affiliation === '' ? (a.agencyName ?? '') : a.affiliation}</td>
        ${withRole ? html`<td class="center">${a.role === null ? '' : attendeeRoles.labels[a.role]}</td>` : ''}
        ${
          withAck
            ? html`<td class="center">
                ${a.confidentialityAckOn === null ? '未確認' : warekiDate(a.confidentialityAckOn)}
              </td>`
            : ''
        }
      </tr>`,
  );
  return html`<table class="attendees">
    <colgroup>
      <col style="width:9mm" />
      <col style="width:42mm" />
      <col />
      ${withRole ? html`<col style="width:18mm" />` : ''}
      ${withAck ? html`<col style="width:36mm" />` : ''}
    </colgroup>
    <thead>
      <tr>
        <th>No</th>
        <th>氏名</th>
        <th>所属・役職</th>
        ${withRole ? html`<th>役割</th>` : ''} ${withAck ? html`<th>守秘義務の確認</th>` : ''}
      </tr>
    </thead>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

/** Agenda cases the printing person may not see are counted, never named (閲覧制限). */
export function hiddenCasesHtml(meeting: Pick<MeetingView, 'hiddenCaseCount'>): SafeHtml | '' {
  if (meeting.hiddenCaseCount === 0) return '';
  return html`<p class="muted">
    このほか、閲覧が制限されたケースが${meeting.hiddenCaseCount}件あります（この資料には含まれていません）。
  </p>`;
}
