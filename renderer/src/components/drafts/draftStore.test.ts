import { describe, expect, it } from 'vitest';
import {
  draftOf,
  dropDraft,
  formLeft,
  formShown,
  hasUnsavedText,
  keepDraft,
  setDraftOwner,
} from './draftStore';

describe('draftStore', () => {
  it('keeps a draft per user, marks the page unsaved while its form is shown, drops it on save', () => {
    setDraftOwner(1);
    keepDraft('note:new:5', { facts: '訪問した' }, true);
    expect(draftOf('note:new:5')).toEqual({ facts: '訪問した' });
    expect(hasUnsavedText()).toBe(true);

    // The form leaves the screen (another page, a lock): the draft stays, the page may go.
    formLeft('note:new:5');
    expect(hasUnsavedText()).toBe(false);
    formShown('note:new:5');
    expect(hasUnsavedText()).toBe(true);

    // Emptied by hand: nothing to keep.
    keepDraft('note:new:5', { facts: '' }, false);
    expect(draftOf('note:new:5')).toBeUndefined();
    expect(hasUnsavedText()).toBe(false);

    keepDraft('note:new:5', { facts: '訪問した' }, true);
    dropDraft('note:new:5');
    expect(draftOf('note:new:5')).toBeUndefined();
    expect(hasUnsavedText()).toBe(false);
  });

  it('never gives one user’s draft to another', () => {
    setDraftOwner(1);
    keepDraft('plan:3', { goal: '就労' }, true);
    setDraftOwner(2);
    expect(draftOf('plan:3')).toBeUndefined();
    expect(hasUnsavedText()).toBe(false);
    setDraftOwner(1);
    expect(draftOf('plan:3')).toBeUndefined();
  });
});
