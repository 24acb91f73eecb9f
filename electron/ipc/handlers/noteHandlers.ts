import { createNote, updateNote, withdrawNote } from '../../services/cases/noteService';
import { noteHistory } from '../../services/history/recordHistory';
import type { DomainHandlers } from '../handlerTypes';

export const noteHandlers: DomainHandlers<'note'> = {
  'note.create': ({ db, actor, clock }, input) => createNote(db, actor, clock, input),
  'note.update': ({ db, actor, clock }, input) => updateNote(db, actor, clock, input),
  'note.withdraw': ({ db, actor, clock }, input) => withdrawNote(db, actor, clock, input),
  'note.history': ({ db, actor, clock }, input) => noteHistory(db, actor, clock, input),
};
