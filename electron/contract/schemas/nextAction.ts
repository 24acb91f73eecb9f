import { z } from '../zodJapanese';
import { idSchema } from './fieldSchemas';

/** One dated 次の対応 on ホーム: what to do, for which case, due when. */
export type NextActionItem = {
  id: number;
  noteId: number;
  caseId: number;
  caseNumber: string;
  personName: string;
  /** The note's 次の対応 text. */
  text: string;
  dueOn: string;
  /** The note's 日時 (`YYYY-MM-DDTHH:mm`, Japan time). */
  noteOccurredAt: string;
  /** 0 on the day; days past the date after it. */
  daysOverdue: number;
};

/** The viewer's open items: due today, and past their date (oldest first), each capped. */
export type MyNextActions = {
  today: { rows: NextActionItem[]; total: number };
  overdue: { rows: NextActionItem[]; total: number };
};

export const nextActionCompleteInput = z.strictObject({ id: idSchema });
