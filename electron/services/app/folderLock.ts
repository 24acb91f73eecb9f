import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { AppError } from '../../contract/errors';

/** Who holds the data folder: written into kasane.lock so a refused second process can say so. */
type LockOwner = { pid: number; hostname: string; token: string; since: string; channel: string };

/** A held lock; `release` removes the file only if it is still ours. */
export type FolderLock = { release: () => void };

const channelLabels: Record<string, string> = {
  desktop: 'デスクトップ版',
  web: 'ブラウザ版（開発用）',
  server: '事務所サーバー',
  cli: 'コマンドライン',
};

/**
 * Takes the data folder for this process (created with O_EXCL, so two processes cannot both
 * win). A lock left by a process that has died on this machine (a crash, a power cut) is taken
 * over; one held by a live process, or by another machine (a shared folder), refuses with a
 * Japanese FOLDER_IN_USE naming the holder. Two SessionManagers in one process exclude each
 * other too: the token, not the pid, identifies the holder.
 */
export function acquireFolderLock(lockPath: string, channel: string): FolderLock {
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    token: crypto.randomUUID(),
    since: new Date().toISOString(),
    channel,
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(lockPath, owner)) return { release: () => releaseIfOurs(lockPath, owner.token) };
    const holder = readOwner(lockPath);
    if (holder === 'missing') continue;
    if (holder !== 'unreadable' && !isStale(holder)) throw inUse(holder);
    if (holder === 'unreadable' && !olderThan(lockPath, 10_000)) throw inUse(null);
    // Stale: move it out of the way under a unique name; only one taker wins the next create.
    try {
      fs.renameSync(lockPath, `${lockPath}.stale-${owner.token}`);
      fs.rmSync(`${lockPath}.stale-${owner.token}`, { force: true });
    } catch {
      // Another process took it over first; the next round sees its lock.
    }
  }
  throw inUse(null);
}

function tryCreate(lockPath: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function readOwner(lockPath: string): LockOwner | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string') {
      return {
        pid: value.pid,
        hostname: value.hostname,
        token: String(value.token),
        since: String(value.since),
        channel: String(value.channel),
      };
    }
  } catch {
    // A lock being written this instant, or garbage: decided by its age.
  }
  return 'unreadable';
}

/** A lock of this machine whose process is gone. Another machine's lock is never judged stale. */
function isStale(owner: LockOwner): boolean {
  if (owner.hostname !== os.hostname()) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function olderThan(lockPath: string, ms: number): boolean {
  try {
    return Date.now() - fs.statSync(lockPath).mtimeMs > ms;
  } catch {
    return true;
  }
}

function releaseIfOurs(lockPath: string, token: string): void {
  const holder = readOwner(lockPath);
  if (typeof holder === 'object' && holder.token === token) fs.rmSync(lockPath, { force: true });
}

function inUse(owner: LockOwner | null): AppError {
  const who = owner
    ? `（${channelLabels[owner.channel] ?? owner.channel}、${owner.hostname} のプロセス ${owner.pid}）`
    : '';
  return new AppError(
    'FOLDER_IN_USE',
    `このデータフォルダは、ほかの Kasane${who}が使用中です。そちらを終了してから、もう一度お試しください。`,
  );
}
