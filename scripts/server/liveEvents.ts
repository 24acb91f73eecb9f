import type http from 'node:http';
import type { Db } from '../../db/database';
import type { LiveChange } from '../../electron/contract/schemas/liveChange';
import type { SessionRegistry } from '../../electron/services/auth/sessionRegistry';
import {
  lastAuditId,
  mayReceive,
  readLiveChanges,
} from '../../electron/services/live/readLiveChanges';
import type { JsonLog } from './jsonLog';

/** One open event stream: the browser tab and the session it belongs to. */
type Stream = { sessionId: string; res: http.ServerResponse };

export type LiveEventsOptions = {
  /** A comment line this often keeps proxies and the browser from closing an idle stream. */
  heartbeatMs?: number;
  /** Open streams per session (tabs of one browser share its cookie); the oldest gives way. */
  perSession?: number;
  /** Open streams in all; more are refused until some close. */
  total?: number;
};

/**
 * 「ほかの職員の更新」: Server-Sent Events of the office server. After each call (and on a timer)
 * the changes committed since the last look are read from the audit log and sent to every
 * stream whose session may see them (閲覧制限: nothing of a case or household someone may not
 * see, not even that it changed), never to the author's own. Only kinds and ids are sent.
 * A stream ends with `ended` (its reason) or `locked` when its session ends or locks.
 */
export class LiveEvents {
  private readonly streams = new Set<Stream>();
  private cursor: { db: Db; lastId: number } | null = null;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly perSession: number;
  private readonly total: number;

  constructor(
    private readonly registry: SessionRegistry,
    private readonly log: JsonLog,
    options: LiveEventsOptions = {},
  ) {
    this.perSession = options.perSession ?? 4;
    this.total = options.total ?? 500;
    this.heartbeat = setInterval(() => {
      this.publish();
      for (const stream of this.streams) stream.res.write(': ping\n\n');
    }, options.heartbeatMs ?? 20_000);
    this.heartbeat.unref();
  }

  /** How many streams are open (管理, tests). */
  get size(): number {
    return this.streams.size;
  }

  /** GET /api/events for the session of the request's cookie (`sessionId`). */
  open(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    sessionId: string | null,
    headers: Readonly<Record<string, string>>,
  ): void {
    const session = this.registry.get(sessionId);
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') {
      res.writeHead(403, headers).end();
      return;
    }
    // Not at work: the browser is told once (no reconnect) and asks app.status instead.
    if (!session?.unlocked || sessionId === null) {
      res.writeHead(401, headers).end();
      return;
    }
    if (this.streams.size >= this.total) {
      this.log('warn', 'events.full', { total: this.streams.size });
      res.writeHead(503, headers).end();
      return;
    }
    const own = [...this.streams].filter((stream) => stream.sessionId === sessionId);
    if (own.length >= this.perSession) this.end(own[0], null);
    // Start the feed before the first stream, so that only what comes after is news.
    this.advance();
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 5000\n\n');
    const stream: Stream = { sessionId, res };
    this.streams.add(stream);
    res.on('close', () => this.streams.delete(stream));
  }

  /**
   * Reads what was committed since the last look and sends it to whoever may see it; ends the
   * streams of sessions that ended or locked. Called after every call and by the heartbeat.
   */
  publish(): void {
    const published = this.advance();
    for (const stream of this.streams) {
      const session = this.registry.get(stream.sessionId);
      if (!session) {
        this.end(stream, {
          event: 'ended',
          reason: this.registry.endedBecause(stream.sessionId) ?? null,
        });
        continue;
      }
      if (!session.unlocked) {
        this.end(stream, { event: 'locked', reason: null });
        continue;
      }
      const changes: LiveChange[] = published
        .filter((c) => c.actorStaffId !== session.user.staffId && mayReceive(session.user, c.guard))
        .map((c) => c.change);
      if (changes.length > 0)
        stream.res.write(`event: change\ndata: ${JSON.stringify({ changes })}\n\n`);
    }
  }

  /** Ends every stream (the server stops). */
  close(): void {
    clearInterval(this.heartbeat);
    for (const stream of this.streams) this.end(stream, null);
  }

  /** The changes since the cursor; a newly opened (or restored) database starts at its end. */
  private advance() {
    const read = this.registry.whileOpen((db) => {
      if (this.cursor?.db !== db) {
        this.cursor = { db, lastId: lastAuditId(db) };
        return [];
      }
      // A large import is read in a few bounded steps; what is left waits for the next look.
      const changes = [];
      for (let step = 0; step < 10; step += 1) {
        const read = readLiveChanges(db, this.cursor.lastId);
        changes.push(...read.changes);
        if (read.lastId === this.cursor.lastId) break;
        this.cursor.lastId = read.lastId;
      }
      return changes;
    });
    if (read === undefined) this.cursor = null;
    return read ?? [];
  }

  private end(
    stream: Stream | undefined,
    last: { event: 'ended' | 'locked'; reason: string | null } | null,
  ): void {
    if (!stream) return;
    this.streams.delete(stream);
    if (last)
      stream.res.write(
        `event: ${last.event}\ndata: ${JSON.stringify({ reason: last.reason })}\n\n`,
      );
    stream.res.end();
  }
}
