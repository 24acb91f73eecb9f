import { stages } from '../../../contract/caseCodes';
import type { MeetingView } from '../../../contract/schemas/meeting';
import { html, type SafeHtml } from '../html';
import type { PrintContext } from '../printContext';
import { docHeadHtml, printDocument } from '../printDocument';
import type { NamedPage } from '../printCss';
import { warekiDate } from '../wareki';
import { sectionHtml } from './formParts';
import {
  meetingCaseSummaryCss,
  meetingCaseSummaryHtml,
  type HandoutCase,
} from './meetingCaseSummaryHtml';
import {
  attendeesHtml,
  hiddenCasesHtml,
  meetingFooterLabel,
  meetingNameText,
  meetingOverviewHtml,
  personNameText,
  type NameStyle,
} from './meetingParts';

export const meetingHandoutTitle = '会議資料';

/** What every copy of a 支援会議's handout says about 守秘義務 (社会福祉法第106条の6第5項). */
export const confidentialityNotice =
  '本資料は、社会福祉法第106条の6に基づく支援会議の資料です。支援会議の事務に従事する者又は従事していた者は、正当な理由がなく、支援会議の事務に関して知り得た秘密を漏らしてはなりません（同条第5項。違反した場合は罰則の対象となります）。会議で知り得た情報は支援の目的以外に使わず、本資料を複写・撮影・持ち出ししないでください。';

/** Printed on every page of every copy of a 支援会議's handout. */
export const collectAfterMeeting = '会議終了後回収';

/** The handout of one meeting: the meeting and the visible cases on its agenda, in order. */
export type MeetingHandoutData = { meeting: MeetingView; cases: readonly HandoutCase[] };

const handoutCss = `
.kind-name{border:.3mm solid #111;padding:.6mm 2.5mm;white-space:nowrap;font-size:10pt;}
.copy-banner{display:flex;justify-content:space-between;align-items:center;margin:0 0 2.5mm;
  border:.6mm solid #111;padding:1.2mm 3mm;}
.copy-banner .copy-number{font-size:12pt;font-weight:700;letter-spacing:.05em;}
.copy-banner .collect{font-size:11pt;font-weight:700;letter-spacing:.15em;}
.notice{border:.3mm solid #111;background:#f4f4f4;padding:1.5mm 3mm;margin:0 0 2mm;font-size:8.8pt;
  line-height:1.6;}
.notice strong{display:block;font-size:9.5pt;margin-bottom:.5mm;}
.copy + .copy{break-before:page;}
.as-of{border:.3mm solid #111;padding:1mm 3mm;margin:0 0 2mm;font-size:9pt;}
.copy-end{text-align:right;margin-top:4mm;font-size:9.5pt;}
table.agenda th,table.agenda td,table.attendees th,table.attendees td{font-size:8.8pt;padding:.8mm 1.5mm;}
${meetingCaseSummaryCss}
`;

/** 支援会議: one copy per attendee (at least one); other meetings: one unnumbered copy. */
export function handoutCopyCount(meeting: Pick<MeetingView, 'kind' | 'attendees'>): number {
  return meeting.kind === 'shien' ? Math.max(1, meeting.attendees.length) : 1;
}

function copyMark(copy: number, copies: number): string {
  return `配布番号 ${copy} / ${copies}\u3000${collectAfterMeeting}`;
}

/** The first line of 主訴, shortened for the agenda table. */
function firstLine(text: string, max = 40): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function agendaHtml(data: MeetingHandoutData, style: NameStyle): SafeHtml {
  if (data.cases.length === 0) return html`<p class="muted">議題のケースはありません。</p>`;
  const rowsHtml = data.cases.map(
    ({ detail }, i) =>
      html`<tr>
        <td class="center">${i + 1}</td>
        <td class="nowrap">${detail.caseNumber}</td>
        <td>
          ${personNameText(detail.person.name, style.initials ? detail.person.nameKana : '', style)}
        </td>
        <td>${stages.labels[detail.stage]}</td>
        <td>${detail.mainStaffName ?? ''}</td>
        <td>${firstLine(detail.chiefComplaint)}</td>
      </tr>`,
  );
  return html`<table class="agenda">
    <colgroup>
      <col style="width:9mm" />
      <col style="width:20mm" />
      <col style="width:30mm" />
      <col style="width:20mm" />
      <col style="width:24mm" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th>No</th>
        <th>ケース番号</th>
        <th>氏名</th>
        <th>段階</th>
        <th>主担当</th>
        <th>主訴</th>
      </tr>
    </thead>
    <tbody>
      ${rowsHtml}
    </tbody>
  </table>`;
}

/**
 * A handout printed after the meeting day is built from the records as they are now, not as they
 * were for the meeting: it says so plainly, with both dates.
 */
export function asOfText(meeting: Pick<MeetingView, 'heldOn'>, printedOn: string): string | null {
  if (printedOn <= meeting.heldOn) return null;
  return `印刷日（${warekiDate(printedOn)}）現在の内容です。この資料は印刷日時点の記録から作成しています。会議当日（${warekiDate(meeting.heldOn)}）に配布した資料とは内容が異なる場合があります。`;
}

function copyHtml(
  data: MeetingHandoutData,
  ctx: PrintContext,
  style: NameStyle,
  copy: number,
  copies: number,
) {
  const { meeting } = data;
  const shien = meeting.kind === 'shien';
  const bannerHtml = shien
    ? html`<div class="copy-banner">
          <span class="copy-number">配布番号 ${copy} / ${copies}</span>
          <span class="collect">${collectAfterMeeting}</span>
        </div>
        <div class="notice"><strong>守秘義務について</strong>${confidentialityNotice}</div>`
    : '';
  const asOf = asOfText(meeting, ctx.createdOn);
  return html`<div class="copy ${shien ? `page-copy-${copy}` : ''}">
    ${docHeadHtml(meetingHandoutTitle, html`<span class="kind-name">${meeting.kindName}</span>`)}
    ${bannerHtml} ${asOf === null ? '' : html`<p class="as-of">${asOf}</p>`}
    ${sectionHtml('会議の概要', meetingOverviewHtml(meeting, false), true)}
    ${sectionHtml('出席者', attendeesHtml(meeting, false))}
    ${sectionHtml('議題', html`${agendaHtml(data, style)}${hiddenCasesHtml(meeting)}`)}
    ${data.cases.map((item, i) => meetingCaseSummaryHtml(item, i + 1, style))}
    <p class="copy-end">${shien ? `以上（配布番号 ${copy} / ${copies}）` : '以上'}</p>
  </div>`;
}

/**
 * 会議資料 (A4): the meeting, its attendees, the agenda and one page per case. For a 支援会議
 * every attendee gets a complete copy numbered 配布番号 1..N with the 守秘義務 notice, and every
 * page of copy k carries "配布番号 k / N 会議終了後回収" at the top (a named page per copy) and
 * its page number within the copy at the bottom (「- 1 -」: each copy is numbered on its own).
 */
export function meetingHandoutHtml(
  data: MeetingHandoutData,
  ctx: PrintContext,
  style: NameStyle = { initials: false },
): string {
  const { meeting } = data;
  const copies = handoutCopyCount(meeting);
  const numbers = Array.from({ length: copies }, (_, i) => i + 1);
  const namedPages: NamedPage[] =
    meeting.kind === 'shien'
      ? numbers.map((n) => ({
          name: `copy-${n}`,
          topCenter: copyMark(n, copies),
          ownPageNumbers: true,
        }))
      : [];
  return printDocument({
    title: `${meetingHandoutTitle}（${meetingNameText(meeting)}）`,
    municipalityName: ctx.municipalityName,
    createdOn: ctx.createdOn,
    bodyHtml: html`${numbers.map((n) => copyHtml(data, ctx, style, n, copies))}`,
    headInBody: true,
    namedPages,
    formCss: handoutCss,
    footerLabel: meetingFooterLabel(meeting),
    confidential: true,
    fontDir: ctx.fontDir,
  });
}
