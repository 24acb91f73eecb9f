import type { ConsentState } from '../../../contract/caseCodes';
import { codeMatcher } from './codeMatcher';
import { parsedError, parsedOk, type Parsed } from './parsedValue';
import { cellText, type RawCell } from './rawSheet';

/** What a ledger's 本人同意 column can say. */
export type ImportedConsent = Extract<ConsentState, 'given' | 'refused' | 'unconfirmed'>;

const consentOf = codeMatcher<ImportedConsent>({
  given: ['あり', '有', '有り', '○', '〇', '◯', '同意あり', '済', 'はい'],
  refused: ['なし', '無', '無し', '×', '✕', '✗', 'x', '同意なし', 'いいえ'],
  unconfirmed: ['未確認', '未', '-', '－', '―'],
});

/** 本人同意: あり (○ 有), なし (× 無), 未確認; blank is 未確認. */
export function parseConsent(cell: RawCell | undefined): Parsed<ImportedConsent> {
  const written = cellText(cell);
  if (written === '') return parsedOk('unconfirmed');
  const state = consentOf(written);
  return state === undefined
    ? parsedError(`本人同意は あり・なし・未確認（○・×）のどれかにしてください（${written}）`)
    : parsedOk(state);
}
