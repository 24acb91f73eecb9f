import { defineCall } from '../defineCall';
import { adminOnly } from '../roles';
import {
  auditExportInput,
  auditListInput,
  type AuditChainView,
  type AuditPage,
} from '../schemas/audit';
import { noInput } from '../schemas/common';
import type { ExportedFile } from '../schemas/export';

/** The audit log for 管理者: read it (itself audited), export it, check its hash chain. */
export const auditCalls = {
  /** Audit rows, newest first, filtered; a page at a time by key. Audited as audit.view. */
  'audit.list': defineCall<AuditPage>()({ input: auditListInput, access: adminOnly }),
  /** The filtered rows as an Excel workbook (streaming writer); audited as audit.export. */
  'audit.export': defineCall<ExportedFile>()({ input: auditExportInput, access: adminOnly }),
  /** Walks the hash chain and names every changed, removed or inserted row; audited. */
  'audit.verify': defineCall<AuditChainView>()({ input: noInput, access: adminOnly }),
} as const;
