import { fields, routes, urgencies } from '../../../contract/caseCodes';
import type { CaseDetail } from '../../../contract/schemas/caseWork';
import type { PersonView } from '../../../contract/schemas/household';
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
} from './formParts';
import { addressText, birthText, contactText, memberNotesText, sexText } from './personText';

export const intakeFormTitle = '相談受付・申込票';

/** The application and consent the person signs at the foot of the form. */
export const intakeConsentStatement =
  '上記のとおり相談を申し込みます。また、支援に必要な範囲で関係機関と情報を共有することに同意します。';

const intakeCss = `
.case-number{border:.3mm solid #111;padding:.6mm 2.5mm;white-space:nowrap;}
.case-number span{font-size:8pt;margin-right:2mm;}
.person-name{font-size:13pt;font-weight:700;letter-spacing:.08em;}
.complaint{min-height:14mm;}
.members th,.members td{font-size:8.8pt;padding:.7mm 1.5mm;}
.members .kana{font-size:7.5pt;color:#444;}
.district{margin-left:3mm;color:#444;font-size:8.8pt;}
`;

function visitorText(detail: CaseDetail): string {
  if (detail.visitorName === '') return '本人';
  return detail.visitorRelation === ''
    ? detail.visitorName
    : `${detail.visitorName}（${detail.visitorRelation}）`;
}

function caseNumberHtml(detail: CaseDetail): SafeHtml {
  return html`<div class="case-number"><span>ケース番号</span>${detail.caseNumber}</div>`;
}

function personHtml(detail: CaseDetail): SafeHtml {
  const { person, household } = detail;
  const districtHtml =
    household.district === '' ? '' : html`<span class="district">（${household.district}）</span>`;
  return fieldTableHtml([
    { label: 'ふりがな', valueHtml: person.nameKana },
    { label: '性別', valueHtml: sexText(person) },
    { label: '氏名', valueHtml: html`<strong class="person-name">${person.name}</strong>` },
    { label: '生年月日', valueHtml: birthText(person) },
    { label: '住所', valueHtml: html`${addressText(household)}${districtHtml}`, wide: true },
    { label: '連絡先', valueHtml: contactText(person), wide: true },
  ]);
}

function membersHtml(members: readonly PersonView[], personId: number): SafeHtml {
  if (members.length === 0) return html`<p class="muted">世帯員の登録はありません。</p>`;
  const rowsHtml = members.map(
    (m) =>
      html`<tr class="${m.id === personId ? 'self' : ''}">
        <td>
          ${m.id === personId ? '◎ ' : ''}${m.name}${m.nameKana === '' ? '' : html`<div class="kana">${m.nameKana}</div>`}
        </td>
        <td>${m.relationship}</td>
        <td>${birthText(m)}</td>
        <td class="center">${sexText(m)}</td>
        <td class="center">${m.livesTogether ? '同居' : '別居'}</td>
        <td>${memberNotesText(m)}</td>
      </tr>`,
  );
  return html`<table class="members">
    <colgroup>
      <col style="width:36mm" />
      <col style="width:16mm" />
      <col style="width:40mm" />
      <col style="width:12mm" />
      <col style="width:13mm" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th>氏名</th>
        <th>続柄</th>
        <th>生年月日（年齢）</th>
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

function consultationHtml(detail: CaseDetail): SafeHtml {
  return fieldTableHtml([
    { label: '相談分野', valueHtml: detail.fields.map((f) => fields.labels[f]).join('・') },
    { label: '緊急度', valueHtml: urgencies.labels[detail.urgency] },
    { label: '課題', valueHtml: detail.tags.join('・'), wide: true },
    { label: '主訴', valueHtml: multilineHtml(detail.chiefComplaint, 'complaint'), wide: true },
  ]);
}

/**
 * 相談受付・申込票: the case's reception (number, 受付日, 受付者, 経路, 来談者), the person, the
 * household, what the consultation is about, and the application and consent to sign.
 */
export function intakeFormHtml(
  detail: CaseDetail,
  ctx: PrintContext,
  members: readonly PersonView[] = [],
): string {
  const receptionHtml = fieldTableHtml([
    { label: '受付日', valueHtml: warekiDate(detail.receivedOn) },
    { label: '受付者', valueHtml: detail.receivedByName ?? '' },
    { label: '相談経路', valueHtml: routes.labels[detail.route] },
    { label: '来談者', valueHtml: visitorText(detail) },
    { label: '主担当', valueHtml: detail.mainStaffName ?? '' },
    { label: '主担当機関', valueHtml: detail.mainAgencyName ?? '' },
  ]);
  const householdNote = [
    detail.household.housingType === '' ? '' : `住居形態：${detail.household.housingType}`,
    members.length === 0 ? '' : '◎ は相談のご本人',
  ].filter((s) => s !== '');
  const householdNoteHtml =
    householdNote.length === 0 ? '' : html`<p class="muted">${householdNote.join('　　')}</p>`;
  const bodyHtml = html`${sectionHtml('受付', receptionHtml, true)}
  ${sectionHtml('ご本人', personHtml(detail), true)}
  ${sectionHtml('世帯の状況', html`${householdNoteHtml}${membersHtml(members, detail.person.id)}`)}
  ${sectionHtml('相談の内容', consultationHtml(detail))}
  ${sectionHtml(
    '申込み・同意',
    signatureBlockHtml(intakeConsentStatement, [
      { label: '日付', filledHtml: blankWarekiDate },
      { label: '本人署名', filledHtml: '' },
      { label: '代筆者', filledHtml: '', suffix: '（本人との関係：　　　　　　）' },
    ]),
    true,
  )}`;
  return printDocument({
    title: intakeFormTitle,
    municipalityName: ctx.municipalityName,
    createdOn: ctx.createdOn,
    bodyHtml,
    titleAsideHtml: caseNumberHtml(detail),
    formCss: intakeCss,
    footerLabel: `${detail.caseNumber}\u3000${detail.person.name}`,
    fontDir: ctx.fontDir,
  });
}
