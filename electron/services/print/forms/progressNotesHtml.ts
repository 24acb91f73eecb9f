import { closeReasons, noteMeans } from '../../../contract/caseCodes';
import type { CaseDetail, NoteView } from '../../../contract/schemas/caseWork';
import { html, type SafeHtml } from '../html';
import type { PrintContext } from '../printContext';
import { printDocument } from '../printDocument';
import { warekiDate, warekiDateParts, weekdayOf } from '../wareki';
import { fieldTableHtml, multilineHtml } from './formParts';
import { japanDateOf, localDateOf, localTimeOf } from '../../../contract/japaneseDate/japanTime';

export const progressNotesTitle = '経過記録';

/** A date range of 経過記録 (ISO dates, both ends included); null ends are open. */
export type NoteRange = { from: string | null; to: string | null };

const notesCss = `
table.notes{margin-top:4mm;}
table.notes th,table.notes td{font-size:8.8pt;padding:1.2mm 1mm;line-height:1.5;}
table.notes td.body{padding:1.2mm 1.5mm;}
table.notes td.when{white-space:nowrap;}
table.notes td.when .year{display:block;}
.note-assessment{margin-top:1mm;padding:.6mm 1.5mm;background:#f0f0f0;border-left:1mm solid #777;}
.note-next{margin-top:1mm;padding:.2mm 1.5mm;border-left:1mm dotted #777;}
.note-assessment .multiline,.note-next .multiline{display:inline;}
.note-label{font-weight:700;font-size:8pt;margin-right:2mm;}
.note-withdrawn{margin-bottom:1mm;padding:.4mm 1.5mm;border:.3mm solid #000;font-weight:700;}
.struck{text-decoration:line-through;color:#555;}
.empty{padding:6mm;text-align:center;color:#555;border:.25mm solid #444;margin-top:4mm;}
`;

/** Oldest first, as a paper file is read; the same moment keeps the order the notes were written. */
export function paperOrder(notes: readonly NoteView[]): NoteView[] {
  return [...notes].sort((a, b) =>
    a.occurredAt === b.occurredAt ? a.id - b.id : a.occurredAt < b.occurredAt ? -1 : 1,
  );
}

function rangeText(range: NoteRange): string {
  if (range.from === null && range.to === null) return '全期間';
  const from = range.from === null ? '' : warekiDate(range.from);
  const to = range.to === null ? '' : warekiDate(range.to);
  return `${from} 〜 ${to}`;
}

/**
 * 令和8年 over 4月2日（木）: the longest 和暦 date (令和10年12月31日（金）) is wider than the date
 * column, so the year takes a line of its own and nothing runs into the next column.
 */
function dateLinesHtml(date: string): SafeHtml {
  const [year, monthDay] = warekiDateParts(date);
  return html`<span class="year">${year}</span>${monthDay}（${weekdayOf(date)}）`;
}

function noteRowHtml(note: NoteView): SafeHtml {
  const date = localDateOf(note.occurredAt);
  const assessmentHtml =
    note.assessment === ''
      ? ''
      : html`<div class="note-assessment">
          <strong class="note-label">所見</strong>${multilineHtml(note.assessment)}
        </div>`;
  const nextHtml =
    note.nextAction === ''
      ? ''
      : html`<div class="note-next">
          <strong class="note-label">次の対応</strong>${multilineHtml(note.nextAction)}
        </div>`;
  // A withdrawn note is printed as the screen shows it: marked 取消 with its reason, struck
  // through, never left out (the paper file keeps what was written, as the record does).
  const withdrawnHtml =
    note.withdrawn === null
      ? ''
      : html`<div class="note-withdrawn">
          【取消】${warekiDate(japanDateOf(note.withdrawn.at))} ${note.withdrawn.byName ?? ''}
          理由：${note.withdrawn.reason}
        </div>`;
  const bodyHtml = html`${multilineHtml(note.facts)}${assessmentHtml}${nextHtml}`;
  return html`<tr class="note">
    <td class="when">${dateLinesHtml(date)}<br />${localTimeOf(note.occurredAt)}</td>
    <td>${noteMeans.labels[note.means]}</td>
    <td>${note.counterpart}</td>
    <td>${note.staffName ?? ''}</td>
    <td class="body">
      ${withdrawnHtml}${note.withdrawn === null ? bodyHtml : html`<div class="struck">${bodyHtml}</div>`}
    </td>
    <td class="num">${note.withdrawn === null ? (note.minutes ?? '') : ''}</td>
  </tr>`;
}

/**
 * 経過記録 of a case for a date range: who the case is, the range and totals, then one row per
 * note, oldest first — 日時, 手段, 相手, 担当, 内容 with 所見 and 次の対応 set apart, 分.
 * `notes` are the notes already chosen for the range.
 */
/** 令和8年9月30日 終結（転居：町外の親族宅へ）: the date with the reason chosen and its 補足. */
function closedText(detail: CaseDetail): string {
  const code = detail.closeReasonCode;
  const reason =
    code === null
      ? detail.closeReason
      : [closeReasons.labels[code], detail.closeReason].filter((s) => s !== '').join('：');
  const day = detail.closedOn === null ? '' : warekiDate(detail.closedOn);
  return reason === '' ? `${day} 終結` : `${day} 終結（${reason}）`;
}

export function progressNotesHtml(
  detail: CaseDetail,
  notes: readonly NoteView[],
  range: NoteRange,
  ctx: PrintContext,
): string {
  const ordered = paperOrder(notes);
  // A withdrawn note is printed but not counted: it records nothing that happened.
  const counted = ordered.filter((n) => n.withdrawn === null);
  const timed = counted.filter((n) => n.minutes !== null);
  const minutes = timed.reduce((sum, n) => sum + (n.minutes ?? 0), 0);
  const withdrawnText =
    counted.length === ordered.length ? '' : `（ほかに取消 ${ordered.length - counted.length}件）`;
  const countText =
    (timed.length === 0 ? `${counted.length}件` : `${counted.length}件（計 ${minutes}分）`) +
    withdrawnText;
  const nameHtml =
    detail.person.nameKana === ''
      ? html`${detail.person.name}`
      : html`${detail.person.name}<span class="muted">（${detail.person.nameKana}）</span>`;
  const summaryHtml = fieldTableHtml([
    { label: 'ケース番号', valueHtml: detail.caseNumber },
    { label: '氏名', valueHtml: nameHtml },
    { label: '期間', valueHtml: rangeText(range) },
    { label: '件数', valueHtml: countText },
    { label: '主担当', valueHtml: detail.mainStaffName ?? '' },
    { label: '副担当', valueHtml: detail.subStaffName ?? '' },
    // A closed case says so, with its 終結理由, on every print of its record.
    ...(detail.closedOn === null
      ? []
      : [{ label: '終結', valueHtml: closedText(detail), wide: true }]),
  ]);
  const tableHtml =
    ordered.length === 0
      ? html`<div class="empty">この期間の経過記録はありません。</div>`
      : html`<table class="notes">
          <colgroup>
            <col style="width:25mm" />
            <col style="width:15mm" />
            <col style="width:19mm" />
            <col style="width:19mm" />
            <col />
            <col style="width:9mm" />
          </colgroup>
          <thead>
            <tr>
              <th>日時</th>
              <th>手段</th>
              <th>相手</th>
              <th>担当</th>
              <th>内容</th>
              <th>分</th>
            </tr>
          </thead>
          <tbody>
            ${ordered.map(noteRowHtml)}
          </tbody>
        </table>`;
  return printDocument({
    title: progressNotesTitle,
    municipalityName: ctx.municipalityName,
    createdOn: ctx.createdOn,
    bodyHtml: html`${summaryHtml}${tableHtml}`,
    formCss: notesCss,
    footerLabel: `${detail.caseNumber}\u3000${detail.person.name}`,
    confidential: true,
    fontDir: ctx.fontDir,
  });
}
