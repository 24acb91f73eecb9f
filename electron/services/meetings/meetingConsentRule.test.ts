import { describe, expect, it } from 'vitest';
import { consentStates, type ConsentState } from '../../contract/caseCodes';
import { meetingKinds, type MeetingKind } from '../../contract/meetingCodes';
import { agendaConsentCheck, consentWarning } from './meetingConsentRule';

const names = meetingKinds.labels;

describe('the consent rule', () => {
  const cases: Array<[MeetingKind, ConsentState, boolean]> = meetingKinds.codes.flatMap((kind) =>
    consentStates.codes.map((state): [MeetingKind, ConsentState, boolean] => [
      kind,
      state,
      kind !== 'jusou' || state === 'given',
    ]),
  );

  it.each(cases)('%s with consent %s: allowed %s', (kind, state, allowed) => {
    const check = agendaConsentCheck(kind, state, names);
    expect(check.allowed).toBe(allowed);
    expect(check.suggestedKind).toBe(allowed ? null : 'shien');
    expect(check.reason === null).toBe(allowed);
    expect(consentWarning(kind, state) === null).toBe(allowed);
  });

  it('explains a refusal in Japanese with the office’s names of the kinds', () => {
    const renamed = { ...names, jusou: '重層会議', shien: '支援調整会議' };
    const check = agendaConsentCheck('jusou', 'withdrawn', renamed);
    expect(check.reason).toContain('「重層的支援会議での検討」への本人同意が撤回されています');
    expect(check.reason).toContain('重層会議の議題にできません');
    expect(check.reason).toContain('支援調整会議（社会福祉法第106条の6');
    expect(agendaConsentCheck('jusou', 'unconfirmed', names).reason).toContain(
      'まだ確認されていません',
    );
  });
});
