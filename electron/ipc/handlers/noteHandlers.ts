import { createNote, updateNote } from '../../services/cases/noteService';
import type { DomainHandlers } from '../handlerTypes';

export const noteHandlers: DomainHandlers<'note'> = {
  'note.create': ({ db, actor, clock }, input) => createNote(db, actor, clock, input),
  'note.update': ({ db, actor, clock }, input) => updateNote(db, actor, clock, input),
};
