import type { Db } from '../../../db/database';
import { personsOfHousehold } from '../../../db/repositories/personRepository';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { toPersonView } from '../cases/householdViews';
import type { Clock } from '../clock';
import { getSettings } from '../settings/settingsService';
import { intakeVariantOf } from './forms/intakeConsentHtml';
import { intakeFormHtml, intakeFormTitle } from './forms/intakeFormHtml';
import { printCaseDocument, type PrintOptions } from './printCaseDocument';

/**
 * 相談受付・申込票 of a case the actor may see, with its household's members and the office's
 * 個人情報の取扱い sentence; audited with the variant printed (本人同意あり / なし).
 */
export function printIntake(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'print.intake'>,
  options: PrintOptions = { format: 'html' },
): PrintedDocument {
  return printCaseDocument(
    db,
    actor,
    clock,
    { caseId: input.caseId, action: 'print.intake', options },
    ({ db: tx, row, detail, ctx }) => {
      const members = personsOfHousehold(tx, row.householdId).map((p) =>
        toPersonView(p, ctx.createdOn),
      );
      return {
        auditDetail: { variant: intakeVariantOf(detail) },
        document: {
          title: `${intakeFormTitle}（${detail.caseNumber}）`,
          html: intakeFormHtml(detail, ctx, members, getSettings(tx).privacyNotice),
        },
      };
    },
  );
}
