import { describe, expect, it } from 'vitest';
import { accountCalls } from './calls/accountCalls';
import { auditCalls } from './calls/auditCalls';
import { backupCalls } from './calls/backupCalls';
import { caseWorkCalls } from './calls/caseWorkCalls';
import { communityCalls } from './calls/communityCalls';
import { connectionCalls } from './calls/connectionCalls';
import { dailyRecordCalls } from './calls/dailyRecordCalls';
import { exportCalls } from './calls/exportCalls';
import { foundationCalls } from './calls/foundationCalls';
import { importCalls } from './calls/importCalls';
import { meetingCalls } from './calls/meetingCalls';
import { nextActionCalls } from './calls/nextActionCalls';
import { planCalls } from './calls/planCalls';
import { printCalls } from './calls/printCalls';
import { recoveryKeyCalls } from './calls/recoveryKeyCalls';
import { serverCalls } from './calls/serverCalls';
import { contract } from './contract';

const domainTables = [
  foundationCalls,
  caseWorkCalls,
  printCalls,
  planCalls,
  accountCalls,
  backupCalls,
  auditCalls,
  meetingCalls,
  communityCalls,
  importCalls,
  exportCalls,
  recoveryKeyCalls,
  nextActionCalls,
  dailyRecordCalls,
  connectionCalls,
  serverCalls,
];

describe('the contract', () => {
  it('merges domain tables without a name appearing twice', () => {
    const names = domainTables.flatMap((table) => Object.keys(table));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(contract).sort()).toEqual([...names].sort());
  });

  it('names every call noun.verb', () => {
    for (const name of Object.keys(contract))
      expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });

  it('lets only setup, login, unlock, recovery, status and the connection choice run without a session', () => {
    const open = Object.entries(contract)
      .filter(([, spec]) => spec.access === 'public')
      .map(([name]) => name)
      .sort();
    // connection.* is the desktop app's choice before any login; only its shell answers it
    // (a server or the harness has no connectionSetup and refuses with NOT_AVAILABLE).
    expect(open).toEqual([
      'app.status',
      'auth.login',
      'auth.recover',
      'auth.unlock',
      'connection.chooseLocal',
      'connection.connect',
      'connection.probe',
      'connection.retry',
      'connection.state',
      'setup.init',
    ]);
  });

  it('never lets the read-only role write', () => {
    const readVerbs =
      /\.(get|list|status|options|find|findSame|query|touch|lock|logout|listForCase|dueForEvaluation|forCase|home|history)$/;
    for (const [name, spec] of Object.entries(contract)) {
      // print.* and export.* build a document or a workbook from what the user may already read
      // (audited, never a change).
      // auth.changePassword changes only the caller's own key slot, which 閲覧 must be able to do.
      const ownPassword = name === 'auth.changePassword';
      if (
        spec.access === 'public' ||
        readVerbs.test(name) ||
        name.startsWith('print.') ||
        name.startsWith('export.') ||
        ownPassword
      )
        continue;
      expect(spec.access, name).not.toContain('viewer');
    }
  });
});
