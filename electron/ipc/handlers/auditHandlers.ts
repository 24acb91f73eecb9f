import { withTransaction } from '../../../db/database';
import { appendAudit } from '../../services/audit/appendAudit';
import { describeAuditProblem } from '../../services/audit/describeAuditProblem';
import { exportAudit } from '../../services/audit/exportAudit';
import { listAudit } from '../../services/audit/listAudit';
import { verifyAuditChain } from '../../services/audit/verifyAuditChain';
import type { DomainHandlers } from '../handlerTypes';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.list': ({ db, actor, clock }, input) => listAudit(db, actor, clock, input),
  'audit.export': ({ db, actor, clock, fileSaver }, input) =>
    exportAudit(db, actor, clock, fileSaver, input.filters),
  'audit.verify': ({ db, actor, clock }) => {
    const report = verifyAuditChain(db);
    withTransaction(db, (tx) =>
      appendAudit(tx, {
        at: clock.now(),
        actor,
        action: 'db.verify',
        detail: {
          scope: 'audit',
          auditRows: report.rows,
          auditProblemIds: report.problems.map((p) => p.id).slice(0, 50),
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
    };
  },
};
