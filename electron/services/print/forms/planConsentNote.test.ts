import { describe, expect, it } from 'vitest';
import { samplePlan } from './planFixture.testing';
import { testPrintContext } from './printFixture.testing';
import { consentMissingNote, noPlanPrintFacts, supportPlanFormHtml } from './supportPlanFormHtml';
import { printTextOf as textOf } from './printText.testing';

// Issue 17, defect 6: a plan 確定 without a recorded 本人同意 says so in its consent block.
describe('the printed plan without a recorded 本人同意', () => {
  it('says a 確定 plan was confirmed without it, above the lines to fill in', () => {
    const text = textOf(
      supportPlanFormHtml(
        samplePlan({ status: 'confirmed', consentOn: null, consentMethod: null }),
        testPrintContext,
        noPlanPrintFacts,
      ),
    );
    expect(text).toContain(consentMissingNote);
    expect(text).toContain('同意の方法 自署 ・ 代筆 ・ 口頭');
  });

  it('says nothing of the kind for a 案, or once the consent is recorded', () => {
    const draft = samplePlan({ status: 'draft', consentOn: null, consentMethod: null });
    const consented = samplePlan({
      status: 'confirmed',
      consentOn: '2026-04-03',
      consentMethod: 'selfSigned',
    });
    for (const plan of [draft, consented]) {
      expect(textOf(supportPlanFormHtml(plan, testPrintContext, noPlanPrintFacts))).not.toContain(
        consentMissingNote,
      );
    }
  });
});
