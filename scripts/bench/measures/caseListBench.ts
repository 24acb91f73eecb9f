import { fields, stages } from '../../../electron/contract/caseCodes';
import { caseListInput } from '../../../electron/contract/schemas/caseWork';
import { listCases } from '../../../electron/services/cases/listCases';
import type { Measure } from '../benchContext';
import { recordStatements, replayer } from '../statementRecorder';
import { cycle, timeSync } from '../timing';

/** Filtered, sorted first pages a worker opens: by field, stage, staff, in each sort. */
function listInputs(staffIds: number[]) {
  const inputs = [];
  for (const field of fields.codes) {
    inputs.push(caseListInput.parse({ field, sort: 'receivedDesc' }));
  }
  for (const stage of stages.codes) {
    inputs.push(caseListInput.parse({ status: 'all', stages: [stage], sort: 'caseNumber' }));
  }
  for (const staffId of staffIds) {
    inputs.push(caseListInput.parse({ staffId, sort: 'stage' }));
  }
  inputs.push(caseListInput.parse({ coordination: true, sort: 'receivedAsc' }));
  inputs.push(
    caseListInput.parse({
      consent: { kind: 'jusouMeeting', state: 'given' },
      sort: 'receivedDesc',
    }),
  );
  return inputs;
}

/**
 * case list page: 50 rows, filtered and sorted, through the service (keyset page, summaries,
 * total); the baseline runs exactly the statements the service ran, prepared once, raw.
 */
export const caseListBench: Measure = ({ db, sqlite, actor }) => {
  const staffIds = sqlite
    .prepare('SELECT id FROM staff WHERE active = 1 ORDER BY id LIMIT 6')
    .pluck()
    .all() as number[];
  const inputs = listInputs(staffIds);
  const runs = 200;
  // Each filter set is its own SQL text, compiled on its first run and then kept by the statement
  // cache, as the baseline's statements are prepared once: warm up with one run of each.
  const warmup = inputs.length;
  const service = timeSync(
    runs,
    (i) => {
      listCases(db, actor, cycle(inputs, i));
    },
    warmup,
  );
  const replays = inputs.map((input) =>
    replayer(
      sqlite,
      recordStatements(sqlite, () => listCases(db, actor, input)),
    ),
  );
  const raw = timeSync(runs, (i) => cycle(replays, i)(), warmup);
  return [
    {
      id: 'caseList',
      label: 'ケース一覧 1ページ（50件・絞り込み・並べ替え）',
      timing: service,
      value: service.p95Ms,
      unit: 'ms',
      budget: 5,
      ratio: { value: service.p95Ms / raw.p95Ms, budget: 2, baseline: 'raw SQL' },
      note: `raw SQL p95 ${raw.p95Ms.toFixed(2)} ms`,
    },
  ];
};
