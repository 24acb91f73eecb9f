import { printIntake } from '../../services/print/printIntake';
import { printNotes } from '../../services/print/printNotes';
import type { DomainHandlers } from '../handlerTypes';

export const printHandlers: DomainHandlers<'print'> = {
  'print.intake': ({ db, actor, clock }, input) => printIntake(db, actor, clock, input),
  'print.notes': ({ db, actor, clock }, input) => printNotes(db, actor, clock, input),
};
