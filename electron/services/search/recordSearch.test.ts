import { desc } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { auditLog } from '../../../db/schema';
import { buildPersonWithCase } from '../../../db/testing/caseBuilders';
import { searchHandlers } from '../../ipc/handlers/searchHandlers';
import { searchInput } from '../../contract/schemas/directory';
import { setUpSession } from '../auth/sessionManager.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('search.query handler', () => {
  it('audits who searched and how much was found, never the words', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { db, actor } = fixture.session.requireUnlocked(['admin']);
    withTransaction(db, (tx) => buildPersonWithCase(tx, { name: '山田 太郎' }));

    const result = searchHandlers['search.query'](
      {
        session: fixture.session,
        clock: fixture.clock,
        pdfSaver: null,
        fileSaver: null,
        backupDialogs: null,
        connectionSetup: null,
        serverInfo: null,
        db,
        actor,
      },
      searchInput.parse({ q: '山田' }),
    );

    expect(result).toMatchObject({
      persons: [{ name: '山田 太郎' }],
      cases: [{ matchedIn: 'person' }],
    });
    const row = db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
    expect(row).toMatchObject({ action: 'search.query', actorStaffId: actor.staffId });
    expect(JSON.parse(row?.detail ?? '')).toEqual({ length: 2, hits: 2 });
    expect(JSON.stringify(row)).not.toContain('山田');
  });
});
