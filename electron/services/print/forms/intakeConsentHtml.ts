import { consentMethods, consentStates } from '../../../contract/caseCodes';
import type { CaseDetail, ConsentView } from '../../../contract/schemas/caseWork';
import { html, type SafeHtml } from '../html';
import { warekiDate } from '../wareki';
import { blankWarekiDate, multilineHtml, signatureBlockHtml } from './formParts';

/**
 * Which 相談受付・申込票 the case gets: 本人同意あり (the consent box to sign) unless the person's
 * recorded answer on 関係機関との情報共有 is 同意なし or 撤回 — then the 同意なし form, which has no
 * consent box and says how the case may still be discussed.
 */
export type IntakeVariant = 'consent' | 'noConsent';

export const intakeVariantLabels: Record<IntakeVariant, string> = {
  consent: '本人同意あり',
  noConsent: '本人同意なし',
};

export function intakeVariantOf(detail: Pick<CaseDetail, 'consents'>): IntakeVariant {
  const state = detail.consents.current.infoSharing?.state;
  return state === 'refused' || state === 'withdrawn' ? 'noConsent' : 'consent';
}

/** The application (利用申込) the person signs. */
export const applicationStatement =
  '私は、上記の相談内容について、相談し支援を受けることを申し込みます。';

/** The consent to share information (情報共有への同意), signed apart from the application. */
export const infoSharingStatement =
  '私は、上記の個人情報の取扱いについて説明を受けました。支援に必要な範囲で、私と世帯の情報を関係機関と共有することに同意します。';

/** The 同意なし form's statement in place of the consent box (社会福祉法第106条の6). */
export const noConsentStatement =
  '関係機関との情報共有について、ご本人の同意は得られていません。同意のない情報は関係機関と共有しません。ただし、社会福祉法第106条の6に基づく支援会議では、本人の同意がなくても、守秘義務を負う構成員の間で情報を共有し、支援について検討することがあります。';

/** 日付, 本人署名, and 代筆者 with the relation and the reason, all left for the hand. */
const signatureLines = [
  { label: '日付', filledHtml: blankWarekiDate },
  { label: '本人署名', filledHtml: '' },
  { label: '代筆者', filledHtml: '', suffix: '（関係・代筆の理由：　　　　　　）' },
];

/** 「記録：同意あり（令和8年4月3日・署名）」: what the case already holds for this consent. */
function recordedHtml(consent: ConsentView | null): SafeHtml {
  if (consent === null) return html`<p class="recorded muted">記録：未確認</p>`;
  const method = consent.method === null ? '' : `・${consentMethods.labels[consent.method]}`;
  const proxy = consent.proxyName === '' ? '' : `（代筆者 ${consent.proxyName}）`;
  const agencies =
    consent.agencies.length === 0
      ? ''
      : html`<br />共有先：${consent.agencies.map((a) => a.name).join('、')}`;
  return html`<p class="recorded muted">
    記録：${consentStates.labels[consent.state]}（${warekiDate(consent.recordedOn)}${method}）${proxy}${agencies}
  </p>`;
}

function boxHtml(title: string, contentHtml: SafeHtml): SafeHtml {
  return html`<div class="consent-box keep">
    <h3>${title}</h3>
    ${contentHtml}
  </div>`;
}

/**
 * 申込欄: the office's 個人情報の取扱い sentence, then 利用申込 and 情報共有への同意 as two boxes,
 * each with its own date and signature (the 同意なし form: the 支援会議 statement instead).
 */
export function intakeApplicationHtml(
  detail: CaseDetail,
  variant: IntakeVariant,
  privacyNotice: string,
): SafeHtml {
  const { application, infoSharing } = detail.consents.current;
  const sharingHtml =
    variant === 'consent'
      ? boxHtml(
          '情報共有への同意',
          html`${signatureBlockHtml(infoSharingStatement, signatureLines)}${recordedHtml(infoSharing)}`,
        )
      : boxHtml(
          '情報共有について',
          html`<p class="statement">${noConsentStatement}</p>
            ${recordedHtml(infoSharing)}`,
        );
  return html`<div class="privacy keep">
      <h3>個人情報の取扱い</h3>
      ${multilineHtml(privacyNotice)}
    </div>
    ${boxHtml(
      '利用申込',
      html`${signatureBlockHtml(applicationStatement, signatureLines)}${recordedHtml(application)}`,
    )}
    ${sharingHtml}`;
}
