import type { ImportReport } from '../../contract/schemas/import';
import type { ImportMapping } from '../../contract/schemas/importWords';
import { importWorkbook } from '../../services/excel/import/importWorkbook';
import { saveErrorsWorkbook } from '../../services/excel/import/saveErrorsWorkbook';
import type { AuthedContext, DomainHandlers } from '../handlerTypes';

type FileInput = {
  kind: ImportReport['kind'];
  fileName: string;
  content: string;
  mappings: ImportMapping[];
};

/** The file's bytes from the base64 the contract has already checked. */
function fileOf(input: FileInput) {
  return { fileName: input.fileName, bytes: new Uint8Array(Buffer.from(input.content, 'base64')) };
}

async function report(
  { db, actor, clock }: AuthedContext,
  input: FileInput,
  options: { mode: 'preview' | 'import'; skipInvalid: boolean },
): Promise<ImportReport> {
  const run = await importWorkbook(db, actor, clock, input.kind, fileOf(input), {
    ...options,
    mappings: input.mappings,
  });
  return run.report;
}

export const importHandlers: DomainHandlers<'import'> = {
  'import.preview': (context, input) =>
    report(context, input, { mode: 'preview', skipInvalid: false }),
  'import.run': (context, input) =>
    report(context, input, { mode: 'import', skipInvalid: input.skipInvalid }),
  'import.errorsWorkbook': ({ db, actor, clock, fileSaver }, input) =>
    saveErrorsWorkbook(db, actor, clock, fileSaver, input.kind, fileOf(input), input.mappings),
};
