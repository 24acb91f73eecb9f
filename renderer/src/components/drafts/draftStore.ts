/**
 * Half-written text of the long forms (経過記録, 支援プラン, 評価, 会議録, アウトリーチの接触,
 * 参加支援のフォローアップ, 相談受付), kept per user while the page lives.
 *
 * Where drafts live, and why: in this page's memory, never on disk. They are personal data;
 * browser storage (localStorage, IndexedDB) is a file in clear on the PC. The encrypted database
 * is closed while the screen is locked — a draft typed just before the 10-minute auto-lock could
 * not be written then — and a row per user would outlive what the issue asks for ("dropped when
 * another user logs in" on this PC). Memory has exactly the lifetime wanted: locking, the idle
 * lock and moving between screens unmount the forms but keep the page, so drafts come back on
 * unlock; logging out or another user logging in reloads the page (memoryOwner.ts), which drops
 * every draft at once. The cost: a closed window or a crash loses them, so leaving with unsaved
 * text asks first (leaveGuard.ts).
 */

type Draft = { owner: number; values: unknown };

let owner: number | null = null;
const drafts = new Map<string, Draft>();
const unsaved = new Set<string>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** The user whose drafts the page may hold; another user drops every draft. */
export function setDraftOwner(staffId: number): void {
  if (owner !== null && owner !== staffId) {
    drafts.clear();
    unsaved.clear();
    changed();
  }
  owner = staffId;
}

/**
 * This user's draft of form `key`, if one was kept. The values are what that form's own
 * `keepDraft` stored, so the form that owns the key reads them back as its own type (draftOr).
 */
export function draftOf(key: string): unknown {
  const draft = drafts.get(key);
  return draft && draft.owner === owner ? draft.values : undefined;
}

/** Keeps (or, with `hasText` false, drops) the draft of form `key`; marks the form unsaved. */
export function keepDraft(key: string, values: unknown, hasText: boolean): void {
  if (owner === null) return;
  if (hasText) {
    drafts.set(key, { owner, values });
    unsaved.add(key);
  } else {
    drafts.delete(key);
    unsaved.delete(key);
  }
  changed();
}

/** The form is saved or abandoned: its draft goes. */
export function dropDraft(key: string): void {
  drafts.delete(key);
  unsaved.delete(key);
  changed();
}

/** The form left the screen: its draft stays, but it no longer holds the page. */
export function formLeft(key: string): void {
  if (unsaved.delete(key)) changed();
}

/** The form is on screen again with its draft. */
export function formShown(key: string): void {
  if (owner !== null && drafts.get(key)?.owner === owner && !unsaved.has(key)) {
    unsaved.add(key);
    changed();
  }
}

/** Whether a form on screen holds text not yet saved. */
export function hasUnsavedText(): boolean {
  return unsaved.size > 0;
}

export function onDraftsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
