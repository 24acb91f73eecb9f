import {
  outreachAddContactInput,
  outreachCreateInput,
  outreachSetStageInput,
  outreachTransferInput,
} from '../../contract/schemas/outreach';
import type { CallInput, ParsedInput } from '../../contract/types';

/** A 把握 record as the form sends it: known by a description, raised by a 民生委員. */
export function targetInput(
  overrides: Partial<CallInput<'outreach.create'>> = {},
): ParsedInput<'outreach.create'> {
  return outreachCreateInput.parse({
    name: '川上 一夫',
    nameKana: 'かわかみ かずお',
    sex: 'male',
    ageText: '50代',
    address: 'みどり町東1-2-3',
    district: '東圏域',
    raisedBy: '民生委員',
    raisedOn: '2026-04-01',
    situation: '母の死後、外出していない様子',
    ...overrides,
  });
}

export function contactInput(
  targetId: number,
  overrides: Partial<CallInput<'outreach.addContact'>> = {},
): ParsedInput<'outreach.addContact'> {
  return outreachAddContactInput.parse({
    targetId,
    contactedOn: '2026-04-05',
    method: 'visit',
    result: 'met',
    ...overrides,
  });
}

export function stageInput(
  id: number,
  stage: CallInput<'outreach.setStage'>['stage'],
  overrides: Partial<CallInput<'outreach.setStage'>> = {},
): ParsedInput<'outreach.setStage'> {
  return outreachSetStageInput.parse({ id, stage, on: '2026-04-10', ...overrides });
}

export function transferInput(
  id: number,
  overrides: Partial<CallInput<'outreach.transfer'>> = {},
): ParsedInput<'outreach.transfer'> {
  return outreachTransferInput.parse({
    id,
    receivedOn: '2026-04-10',
    chiefComplaint: '生活の立て直し',
    fields: ['poverty'],
    ...overrides,
  });
}
