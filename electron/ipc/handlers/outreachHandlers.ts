import { addOutreachContact } from '../../services/outreach/addOutreachContact';
import { getOutreach, listOutreach } from '../../services/outreach/outreachReads';
import { createOutreach, updateOutreach } from '../../services/outreach/outreachRecords';
import { setOutreachStage } from '../../services/outreach/setOutreachStage';
import { transferOutreach } from '../../services/outreach/transferOutreach';
import type { DomainHandlers } from '../handlerTypes';

export const outreachHandlers: DomainHandlers<'outreach'> = {
  'outreach.create': ({ db, actor, clock }, input) => createOutreach(db, actor, clock, input),
  'outreach.update': ({ db, actor, clock }, input) => updateOutreach(db, actor, clock, input),
  'outreach.get': ({ db, actor, clock }, input) => getOutreach(db, actor, clock, input),
  'outreach.list': ({ db, actor, clock }, input) => listOutreach(db, actor, clock, input),
  'outreach.addContact': ({ db, actor, clock }, input) =>
    addOutreachContact(db, actor, clock, input),
  'outreach.setStage': ({ db, actor, clock }, input) => setOutreachStage(db, actor, clock, input),
  'outreach.transfer': ({ db, actor, clock }, input) => transferOutreach(db, actor, clock, input),
};
