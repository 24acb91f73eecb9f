import { withTransaction, type Db } from '../../../db/database';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { buildDailyRecord, dailyRecordAuditDetail } from '../dailyRecord/dailyRecord';
import { getSettings } from '../settings/settingsService';
import { dailyRecordHtml, dailyRecordTitle, dayText } from './forms/dailyRecordHtml';
import type { PrintOptions } from './printCaseDocument';

/**
 * 一日の相談記録 as an A4 document: the same records the screen shows (閲覧制限 applies), audited
 * with the date, the staff member and the format.
 */
export function printDailyRecord(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'print.dailyRecord'>,
  options: PrintOptions = { format: 'html' },
): PrintedDocument {
  return withTransaction(db, (tx) => {
    const record = buildDailyRecord(tx, actor, input);
    const html = dailyRecordHtml(record, {
      municipalityName: getSettings(tx).municipalityName,
      createdOn: todayInJapan(clock),
      fontDir: options.fontDir,
    });
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'print.dailyRecord',
      detail: { format: options.format, ...dailyRecordAuditDetail(input) },
    });
    return {
      title: `${dailyRecordTitle}（${dayText(record.date)}・${record.staffName ?? '事務所全体'}）`,
      html,
    };
  });
}
