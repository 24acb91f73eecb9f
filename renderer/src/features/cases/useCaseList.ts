import { useCallback, useEffect, useState } from 'react';
import type { CaseSummary } from '../../../../electron/contract';
import { asApiError, type ApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { useLiveReload } from '../../components/data/useLiveReload';
import { toCaseListInput, type CaseListFilters } from './caseListFilters';

/** case.list answers at most this many rows at once. */
const maxCaseListLimit = 200;

type Pages = {
  key: string;
  rows: CaseSummary[];
  total: number;
  nextCursor: string | null;
  error: ApiError | null;
};

const nothing: Pages = { key: '', rows: [], total: 0, nextCursor: null, error: null };

/**
 * The case list for the filters, a page at a time: the first page whenever the filters change,
 * then `loadMore` appends the next one by the server's cursor. Only the newest filters count.
 */
export function useCaseList(filters: CaseListFilters) {
  const key = JSON.stringify(toCaseListInput(filters));
  const [pages, setPages] = useState<Pages>(nothing);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let current = true;
    const input = JSON.parse(key) as ReturnType<typeof toCaseListInput>;
    const run = async () => {
      try {
        const result = await call('case.list', input);
        if (current) setPages({ key, ...result, error: null });
      } catch (error) {
        if (current) setPages({ ...nothing, key, error: asApiError(error) });
      }
    };
    void run();
    return () => {
      current = false;
    };
  }, [key]);

  const loadMore = useCallback(async () => {
    if (pages.nextCursor === null || pages.key !== key) return;
    setLoadingMore(true);
    try {
      const input = {
        ...(JSON.parse(key) as ReturnType<typeof toCaseListInput>),
        cursor: pages.nextCursor,
      };
      const result = await call('case.list', input);
      setPages((previous) =>
        previous.key === key
          ? {
              key,
              rows: [...previous.rows, ...result.rows],
              total: result.total,
              nextCursor: result.nextCursor,
              error: null,
            }
          : previous,
      );
    } catch (error) {
      setPages((previous) => ({ ...previous, error: asApiError(error) }));
    } finally {
      setLoadingMore(false);
    }
  }, [key, pages.key, pages.nextCursor]);

  // Another staff member's save: the rows on screen are read again in place (as many as were
  // loaded, up to one call's limit), without the loading state.
  const shown = pages.rows.length;
  const refresh = useCallback(async () => {
    const input = JSON.parse(key) as ReturnType<typeof toCaseListInput>;
    const limit = Math.min(maxCaseListLimit, Math.max(input.limit ?? 0, shown));
    try {
      const result = await call('case.list', { ...input, limit });
      setPages((previous) => (previous.key === key ? { key, ...result, error: null } : previous));
    } catch {
      // The list stays as it was; the next change or action reads it again.
    }
  }, [key, shown]);
  useLiveReload(
    (change) =>
      change.caseId !== null || change.entity === 'household' || change.entity === 'person',
    () => void refresh(),
  );

  return { ...pages, loading: pages.key !== key, loadingMore, loadMore };
}
