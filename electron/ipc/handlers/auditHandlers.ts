import { withTransaction } from '../../../db/database';
import { appendAudit } from '../../services/audit/appendAudit';
import { describeAuditProblem } from '../../services/audit/describeAuditProblem';
import { exportAudit } from '../../services/audit/exportAudit';
import { listAudit } from '../../services/audit/listAudit';
import { verifyAuditChain } from '../../services/audit/verifyAuditChain';
import {
  checkAuditAgainstBackups,
  describeBackupHeadProblem,
} from '../../services/backup/auditHeadsInBackups';
import type { DomainHandlers } from '../handlerTypes';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.list': ({ db, actor, clock }, input) => listAudit(db, actor, clock, input),
  'audit.export': ({ db, actor, clock, fileSaver }, input) =>
    exportAudit(db, actor, clock, fileSaver, input.filters),
  'audit.verify': ({ db, actor, clock, session }) => {
    const report = verifyAuditChain(db);
    const backups = checkAuditAgainstBackups(db, session.paths);
    withTransaction(db, (tx) =>
      appendAudit(tx, {
        at: clock.now(),
        actor,
        action: 'db.verify',
        detail: {
          scope: 'audit',
          auditRows: report.rows,
          auditProblemIds: report.problems.map((p) => p.id).slice(0, 50),
          backupsChecked: backups.checked,
          backupHeadProblems: backups.problems.map((p) => p.fileName),
        },
      }),
    );
    return {
      rows: report.rows,
      problems: report.problems.map((p) => ({
        id: p.id,
        position: p.position,
        message: describeAuditProblem(p),
      })),
      backups: {
        checked: backups.checked,
        problems: backups.problems.map(describeBackupHeadProblem),
      },
    };
  },
};
