import { fields, routes, urgencies } from '../../../contract/caseCodes';
import type { CaseDetail } from '../../../contract/schemas/caseWork';
import type { PersonView } from '../../../contract/schemas/household';
import { defaultPrivacyNotice } from '../../../contract/schemas/settings';
import { html, type SafeHtml } from '../html';
import type { PrintContext } from '../printContext';
import { printDocument } from '../printDocument';
import { warekiDate } from '../wareki';
import { fieldTableHtml, multilineHtml, sectionHtml } from './formParts';
import {
  intakeApplicationHtml,
  intakeVariantLabels,
  intakeVariantOf,
  type IntakeVariant,
} from './intakeConsentHtml';
import { livingSituationHtml } from './intakeLivingHtml';
import { topicLines } from './intakeTopics';
import { addressText, birthText, memberNotesText, sexText } from './personText';

export const intakeFormTitle = '相談受付・申込票';

const intakeCss = `
.case-number{border:.3mm solid #111;padding:.6mm 2.5mm;white-space:nowrap;}
.case-number span{font-size:8pt;margin-right:2mm;}
.person-name{font-size:13pt;font-weight:700;letter-spacing:.08em;}
.complaint{min-height:14mm;}
.members th,.members td{font-size:8.8pt;padding:.7mm 1.5mm;}
.members .kana{font-size:7.5pt;color:#444;}
.district{margin-left:3mm;color:#444;font-size:8.8pt;}
/* The variant at the left end of the heading, the case number at the right: the aside is taken
   out of its right-hand box so the two sit apart, clear of a title centred between them. */
.doc-aside{position:static;}
.doc-aside .case-number{position:absolute;right:0;bottom:2mm;}
.doc-aside .variant{position:absolute;left:0;bottom:2mm;border:.3mm solid #111;padding:.6mm 2.5mm;
  white-space:nowrap;}
.mark{display:inline-block;width:4.6mm;height:4.6mm;border:.25mm solid #111;text-align:center;
  line-height:4.2mm;font-size:9.5pt;margin-right:1.2mm;vertical-align:middle;}
.box{display:inline-block;width:3.4mm;height:3.4mm;border:.25mm solid #111;margin-right:.8mm;
  vertical-align:-.5mm;}
ul.topics{list-style:none;margin:0 0 1.5mm;padding:0;display:grid;grid-template-columns:repeat(3,1fr);
  gap:1mm 3mm;}
ul.topics li{white-space:nowrap;overflow:hidden;text-overflow:clip;}
ul.topics li.other{grid-column:1 / -1;white-space:normal;}
.choices span{display:inline-block;margin-right:3mm;white-space:nowrap;}
h3{font-size:9.5pt;font-weight:700;margin:0 0 1mm;}
.privacy{border:.25mm solid #444;padding:2mm 4mm;margin:0 0 2mm;}
.consent-box{border:.4mm solid #111;padding:2.5mm 5mm 2mm;margin:0 0 2mm;}
.consent-box .signature{border:none;padding:0;}
.consent-box .statement{margin:0 0 1.5mm;line-height:1.7;}
.recorded{font-size:8.2pt;margin:1.5mm 0 0;}
`;

function visitorText(detail: CaseDetail): string {
  if (detail.visitorName === '') return '本人';
  return detail.visitorRelation === ''
    ? detail.visitorName
    : `${detail.visitorName}（${detail.visitorRelation}）`;
}

function asideHtml(detail: CaseDetail, variant: IntakeVariant): SafeHtml {
  return html`<div class="variant">${intakeVariantLabels[variant]}</div>
    <div class="case-number"><span>ケース番号</span>${detail.caseNumber}</div>`;
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
    { label: '電話（自宅）', valueHtml: person.phone },
    { label: '電話（携帯）', valueHtml: person.mobilePhone },
    { label: 'E-mail', valueHtml: person.email, wide: true },
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

const topicsLegend = '○ 該当するもの\u3000◎ 最も困っていること（主な課題）';

/** 相談内容: ○ for each 課題 recorded, ◎ for the 主な課題, empty boxes for the hand. */
function topicsHtml(detail: CaseDetail): SafeHtml {
  const itemsHtml = topicLines(detail.tags, detail.mainTag).map((line) => {
    const others = line.others.length === 0 ? '' : `（${line.others.join('・')}）`;
    return html`<li class="${line.others.length > 0 ? 'other' : ''}">
      <span class="mark">${line.mark}</span>${line.label}${others}
    </li>`;
  });
  return html`<p class="muted">${topicsLegend}</p>
    <ul class="topics">
      ${itemsHtml}
    </ul>`;
}

function consultationHtml(detail: CaseDetail): SafeHtml {
  return html`${topicsHtml(detail)}
  ${fieldTableHtml([
    { label: '相談分野', valueHtml: detail.fields.map((f) => fields.labels[f]).join('・') },
    { label: '緊急度', valueHtml: urgencies.labels[detail.urgency] },
    { label: '課題', valueHtml: detail.tags.join('・') },
    { label: '主な課題', valueHtml: detail.mainTag },
    { label: '主訴', valueHtml: multilineHtml(detail.chiefComplaint, 'complaint'), wide: true },
  ])}`;
}

/**
 * 相談受付・申込票 (FORMS.md): the reception (ケース番号, 受付日, 受付者, 経路, 来談者 and their
 * 電話), the person (電話 自宅 / 携帯), the household, the 相談内容 checklist with ○ and ◎, the
 * B票 items, and — after the office's 個人情報の取扱い sentence — the application and the
 * information-sharing consent to sign apart. The variant follows the recorded consent.
 */
export function intakeFormHtml(
  detail: CaseDetail,
  ctx: PrintContext,
  members: readonly PersonView[] = [],
  privacyNotice: string = defaultPrivacyNotice,
): string {
  const variant = intakeVariantOf(detail);
  const receptionHtml = fieldTableHtml([
    { label: '受付日', valueHtml: warekiDate(detail.receivedOn) },
    { label: '受付者', valueHtml: detail.receivedByName ?? '' },
    { label: '相談経路', valueHtml: routes.labels[detail.route] },
    { label: '来談者', valueHtml: visitorText(detail) },
    { label: '来談者の電話', valueHtml: detail.visitorPhone },
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
  ${sectionHtml('相談内容', consultationHtml(detail))}
  ${sectionHtml('生活の状況', livingSituationHtml(detail), true)}
  ${sectionHtml('申込み・同意', intakeApplicationHtml(detail, variant, privacyNotice))}`;
  return printDocument({
    title: intakeFormTitle,
    municipalityName: ctx.municipalityName,
    createdOn: ctx.createdOn,
    bodyHtml,
    titleAsideHtml: asideHtml(detail, variant),
    formCss: intakeCss,
    footerLabel: `${detail.caseNumber}\u3000${detail.person.name}`,
    fontDir: ctx.fontDir,
  });
}
