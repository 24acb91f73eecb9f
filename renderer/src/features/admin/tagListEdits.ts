import { ja } from '../../i18n/ja';

/** A change to the 課題 list: the new active labels in order, or why it was refused. */
export type TagEdit = { ok: true; labels: string[] } | { ok: false; error: string };

const maxLength = 50;

function key(label: string): string {
  return label.normalize('NFKC').trim();
}

/** A typed label checked against the list (full-width and half-width count as the same). */
function checkLabel(raw: string, active: readonly string[], retired: readonly string[]): TagEdit {
  const t = ja.adminPage;
  const label = raw.trim();
  if (label === '') return { ok: false, error: t.tagRequired };
  if (label.length > maxLength) return { ok: false, error: t.tagTooLong };
  if (active.some((a) => key(a) === key(label))) return { ok: false, error: t.tagDuplicate };
  if (retired.some((r) => key(r) === key(label))) return { ok: false, error: t.tagRetiredExists };
  return { ok: true, labels: [label] };
}

/** Adds a label at the end. */
export function addTag(
  active: readonly string[],
  retired: readonly string[],
  raw: string,
): TagEdit {
  const checked = checkLabel(raw, active, retired);
  return checked.ok ? { ok: true, labels: [...active, ...checked.labels] } : checked;
}

/**
 * Renames in place: the new label takes the old one's position, and the old one (left out of
 * the list) is retired by the service, so records that carry it keep it.
 */
export function renameTag(
  active: readonly string[],
  retired: readonly string[],
  index: number,
  raw: string,
): TagEdit {
  if (raw.trim() === active[index]) return { ok: true, labels: [...active] };
  const others = active.filter((_, i) => i !== index);
  const checked = checkLabel(raw, others, retired);
  if (!checked.ok) return checked;
  return { ok: true, labels: active.map((label, i) => (i === index ? raw.trim() : label)) };
}

/** Moves a label one place up (-1) or down (+1); at either end nothing moves. */
export function moveTag(active: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (target < 0 || target >= active.length) return [...active];
  const labels = [...active];
  const [moved] = labels.splice(index, 1);
  if (moved !== undefined) labels.splice(target, 0, moved);
  return labels;
}

/** Leaves a label out (the service retires it). */
export function retireTag(active: readonly string[], index: number): string[] {
  return active.filter((_, i) => i !== index);
}

/** Brings a retired label back, at the end. */
export function restoreTag(active: readonly string[], label: string): string[] {
  return active.includes(label) ? [...active] : [...active, label];
}
