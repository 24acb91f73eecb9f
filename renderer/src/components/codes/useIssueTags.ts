import { useCallData } from '../data/useCallData';

/** The 課題 tags in use (codeList issueTag), plus any retired ones still on the record shown. */
export function useIssueTags(keep: readonly string[] = []): string[] {
  const { data } = useCallData('codeList.get', { list: 'issueTag' });
  const active = (data ?? []).filter((entry) => entry.active).map((entry) => entry.label);
  return [...active, ...keep.filter((tag) => !active.includes(tag))];
}
