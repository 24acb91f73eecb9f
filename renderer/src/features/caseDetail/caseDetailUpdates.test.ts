import { describe, expect, it } from 'vitest';
import { sampleCase, sampleConsent, sampleNote } from './caseDetail.testing';
import { withConsent, withNote } from './caseDetailUpdates';

describe('withNote', () => {
  it('adds a note in its place in the timeline, newest first', () => {
    const detail = sampleCase({
      notes: [
        sampleNote({ id: 2, occurredAt: '2026-04-10T09:00' }),
        sampleNote({ id: 1, occurredAt: '2026-04-03T10:30' }),
      ],
    });
    const added = withNote(detail, sampleNote({ id: 3, occurredAt: '2026-04-05T15:00' }));
    expect(added.notes.map((n) => n.id)).toEqual([2, 3, 1]);
  });

  it('replaces a corrected note and re-sorts it by its new time', () => {
    const detail = sampleCase({
      notes: [
        sampleNote({ id: 2, occurredAt: '2026-04-10T09:00' }),
        sampleNote({ id: 1, occurredAt: '2026-04-03T10:30' }),
      ],
    });
    const corrected = withNote(
      detail,
      sampleNote({ id: 1, occurredAt: '2026-04-11T08:00', facts: '訂正' }),
    );
    expect(corrected.notes.map((n) => [n.id, n.facts])).toEqual([
      [1, '訂正'],
      [2, '来所。'],
    ]);
  });

  it('puts the later-saved of two notes at the same minute first', () => {
    const detail = sampleCase({ notes: [sampleNote({ id: 1 })] });
    expect(withNote(detail, sampleNote({ id: 2 })).notes.map((n) => n.id)).toEqual([2, 1]);
  });
});

describe('withConsent', () => {
  it('makes the newest record of a kind the one in force and keeps the history', () => {
    const given = sampleConsent({
      id: 1,
      kind: 'infoSharing',
      state: 'given',
      recordedOn: '2026-04-03',
    });
    const detail = withConsent(sampleCase(), given);
    const withdrawn = sampleConsent({
      id: 2,
      kind: 'infoSharing',
      state: 'withdrawn',
      recordedOn: '2026-05-01',
    });
    const after = withConsent(detail, withdrawn);
    expect(after.consents.current.infoSharing?.state).toBe('withdrawn');
    expect(after.consents.current.application).toBeNull();
    expect(after.consents.history.map((c) => c.id)).toEqual([2, 1]);
  });

  it('does not let a record dated earlier override the state in force', () => {
    const later = sampleConsent({ id: 1, state: 'given', recordedOn: '2026-05-01' });
    const earlier = sampleConsent({ id: 2, state: 'refused', recordedOn: '2026-04-01' });
    const after = withConsent(withConsent(sampleCase(), later), earlier);
    expect(after.consents.current.application?.id).toBe(1);
    expect(after.consents.history.map((c) => c.id)).toEqual([1, 2]);
  });
});
