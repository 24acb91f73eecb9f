import { useEffect, useState } from 'react';
import { call } from '../../api/call';
import { knownPerson, rememberPeople, type KnownPerson } from './knownPeople';

/**
 * The chosen 本人 by id: from memory when the user has just seen them, else read once
 * (person.get, audited) — 相談受付 opened from its address (#/cases/new?person=133, a reload)
 * names the person, never 「番号 133」. Undefined while reading or when they cannot be read.
 */
export function useKnownPerson(id: number | null): KnownPerson | undefined {
  const [, setLoaded] = useState(0);
  const known = knownPerson(id);
  useEffect(() => {
    if (id === null || knownPerson(id)) return;
    let live = true;
    call('person.get', { id })
      .then((person) => {
        rememberPeople([person]);
        if (live) setLoaded((n) => n + 1);
      })
      // Not visible or gone: the card keeps its fallback and the save says why.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [id]);
  return known;
}
