import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consentKinds,
  consentMethods,
  consentStates,
  fields,
  noteMeans,
  routes,
  stages,
  urgencies,
} from '../../electron/contract/caseCodes';
import { fiscalYearOf, formatCaseNumber } from '../../electron/services/cases/caseNumber';
import { kanaKey, nameKey, phoneKey } from '../../electron/services/text/normalize';
import { isHealthy, runDatabaseChecks } from '../cli/databaseChecks';
import { column, createDemoTestDb, demoOptions, demoToday } from './demo.testing';
import { generateDemo, type DemoSummary } from './generateDemo';

describe('generateDemo at 60 households', () => {
  let t: ReturnType<typeof createDemoTestDb>;
  let summary: DemoSummary;
  const values = (query: string) => new Set(column<string>(t.sqlite, query));

  let cacheSizes: [unknown, unknown];

  beforeAll(() => {
    t = createDemoTestDb();
    const before = t.sqlite.pragma('cache_size', { simple: true });
    summary = generateDemo(t.db, demoOptions(t.adminId));
    cacheSizes = [before, t.sqlite.pragma('cache_size', { simple: true })];
  });
  afterAll(() => t.cleanup());

  it('writes exact totals: 2.5 cases per household and 10 notes per case on average', () => {
    expect(summary).toMatchObject({
      households: 60,
      cases: 150,
      notes: 1500,
      agencies: 24,
      staff: 6,
    });
    const count = (table: string) => column<number>(t.sqlite, `SELECT count(*) FROM ${table}`)[0];
    expect(count('household')).toBe(60);
    expect(count('person')).toBe(summary.persons);
    expect(count('support_case')).toBe(150);
    expect(count('progress_note')).toBe(1500);
    expect(count('consent')).toBe(summary.consents);
    expect(count('case_agency')).toBe(summary.caseAgencies);
    expect(count("code_list WHERE list = 'issueTag'")).toBe(17);
  });

  it('shows every stage, field, route, urgency, 手段, consent kind, state and method', () => {
    expect(values('SELECT DISTINCT stage FROM support_case')).toEqual(new Set(stages.codes));
    expect(values('SELECT DISTINCT field FROM case_field')).toEqual(new Set(fields.codes));
    expect(values('SELECT DISTINCT route FROM support_case')).toEqual(new Set(routes.codes));
    expect(values('SELECT DISTINCT urgency FROM support_case')).toEqual(new Set(urgencies.codes));
    expect(values('SELECT DISTINCT means FROM progress_note')).toEqual(new Set(noteMeans.codes));
    expect(values('SELECT DISTINCT kind FROM consent')).toEqual(new Set(consentKinds.codes));
    expect(values('SELECT DISTINCT state FROM consent')).toEqual(new Set(consentStates.codes));
    expect(values('SELECT DISTINCT method FROM consent WHERE method IS NOT NULL')).toEqual(
      new Set(consentMethods.codes),
    );
    expect(values('SELECT DISTINCT tag FROM case_tag').size).toBeGreaterThanOrEqual(15);
    expect(values('SELECT DISTINCT kind FROM agency').size).toBe(12);
  });

  it('numbers cases by the 年度 of 受付日, without gaps, in 受付日 order', () => {
    const rows = t.sqlite
      .prepare(
        'SELECT case_number, fiscal_year, seq, received_on FROM support_case ORDER BY fiscal_year, seq',
      )
      .all() as Array<{
      case_number: string;
      fiscal_year: number;
      seq: number;
      received_on: string;
    }>;
    expect(new Set(rows.map((r) => r.case_number)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.fiscal_year))).toEqual(new Set([2025, 2026]));
    let previous: (typeof rows)[number] | undefined;
    for (const row of rows) {
      expect(row.fiscal_year).toBe(fiscalYearOf(row.received_on));
      expect(row.case_number).toBe(formatCaseNumber(row.fiscal_year, row.seq));
      const sameYear = previous?.fiscal_year === row.fiscal_year;
      expect(row.seq).toBe(sameYear ? previous!.seq + 1 : 1);
      if (sameYear) expect(row.received_on >= previous!.received_on).toBe(true);
      previous = row;
    }
    expect(rows[0]!.received_on >= '2025-04-01').toBe(true);
    expect(rows.every((r) => r.received_on <= demoToday)).toBe(true);
  });

  it('stores the search keys the app computes: nameKey, kanaKey, phoneKey', () => {
    const people = t.sqlite
      .prepare(
        'SELECT name, name_kana, name_key, kana_key, phone, phone_key, mobile_phone, mobile_phone_key FROM person',
      )
      .all() as Array<Record<string, string>>;
    for (const p of people) {
      expect(p.name_key).toBe(nameKey(p.name!));
      expect(p.kana_key).toBe(kanaKey(p.name_kana!));
      expect(p.phone_key).toBe(phoneKey(p.phone!));
      expect(p.mobile_phone_key).toBe(phoneKey(p.mobile_phone!));
    }
    expect(people.some((p) => /[ァ-ヶ]/u.test(p.name_kana!))).toBe(true);
    expect(
      people.filter((p) => p.phone !== '').every((p) => /^099-0\d\d-\d{4}$/.test(p.phone!)),
    ).toBe(true);
    // 携帯 numbers are in their own field (電話（携帯）), landlines in 電話（自宅）.
    const mobiles = people.filter((p) => p.mobile_phone !== '');
    expect(mobiles.length).toBeGreaterThan(0);
    expect(mobiles.every((p) => /^090-0\d{3}-\d{4}$/.test(p.mobile_phone!))).toBe(true);
    const agencies = t.sqlite.prepare('SELECT name, name_key FROM agency').all() as Array<
      Record<string, string>
    >;
    for (const a of agencies) expect(a.name_key).toBe(nameKey(a.name!));
  });

  it('is found by the search index: a name by three characters, a case number, a word in a note', () => {
    const [id, key] = t.sqlite
      .prepare('SELECT id, name_key FROM person ORDER BY id LIMIT 1')
      .raw()
      .get() as [number, string];
    const match = (table: string, query: string) =>
      column<number>(t.sqlite, `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`, `"${query}"`);
    expect(match('person_fts', Array.from(key).slice(-3).join(''))).toContain(id);
    const [caseId, number] = t.sqlite
      .prepare('SELECT id, case_number FROM support_case LIMIT 1')
      .raw()
      .get() as [number, string];
    expect(match('case_fts', number)).toContain(caseId);
    expect(match('note_fts', '家庭訪問').length).toBeGreaterThan(0);
  });

  it('leaves a sound database (integrity, foreign keys, audit chain) and the page cache as it was', () => {
    const report = runDatabaseChecks(t.db);
    expect(report.foreignKeys).toEqual([]);
    expect(isHealthy(report)).toBe(true);
    expect(cacheSizes[1]).toBe(cacheSizes[0]);
  });

  it('keeps dates coherent and every stamp set by the acting staff member', () => {
    const bad = (query: string) => column<number>(t.sqlite, `SELECT count(*) FROM ${query}`)[0];
    expect(bad("support_case WHERE (stage = 'closed') <> (closed_on IS NOT NULL)")).toBe(0);
    expect(
      bad(
        'support_case WHERE closed_on < received_on OR closed_on > ? '.replace(
          '?',
          `'${demoToday}'`,
        ),
      ),
    ).toBe(0);
    expect(bad("support_case WHERE stage = 'closed' AND close_reason = ''")).toBe(0);
    expect(bad('support_case WHERE coordination <> (coordination_on IS NOT NULL)')).toBe(0);
    expect(
      bad(`progress_note n JOIN support_case c ON c.id = n.case_id
           WHERE substr(n.occurred_at, 1, 10) < c.received_on OR n.occurred_at > '${demoToday}T23:59'
              OR (c.closed_on IS NOT NULL AND substr(n.occurred_at, 1, 10) > c.closed_on)`),
    ).toBe(0);
    for (const table of [
      'household',
      'person',
      'support_case',
      'case_agency',
      'consent',
      'progress_note',
    ]) {
      expect(
        bad(
          `${table} WHERE created_by <> ${t.adminId} OR updated_by <> ${t.adminId} OR updated_at < created_at`,
        ),
      ).toBe(0);
    }
    expect(bad('support_case WHERE restricted = 1')).toBeGreaterThan(0);
    expect(bad('support_case WHERE restricted = 1')).toBeLessThan(15);
  });

  it('records consent as the app does: 撤回 after 同意あり, a method when given, the writer when 代筆', () => {
    const withdrawnWithoutGiven = column<number>(
      t.sqlite,
      `SELECT count(*) FROM consent w WHERE w.state = 'withdrawn' AND NOT EXISTS (
         SELECT 1 FROM consent g WHERE g.case_id = w.case_id AND g.kind = w.kind AND g.state = 'given'
           AND g.recorded_on <= w.recorded_on AND g.id < w.id)`,
    )[0];
    expect(withdrawnWithoutGiven).toBe(0);
    expect(
      column<number>(
        t.sqlite,
        "SELECT count(*) FROM consent WHERE state = 'given' AND method IS NULL",
      )[0],
    ).toBe(0);
    expect(
      column<number>(
        t.sqlite,
        "SELECT count(*) FROM consent WHERE method = 'proxy' AND proxy_name = ''",
      )[0],
    ).toBe(0);
    expect(column<number>(t.sqlite, 'SELECT count(*) FROM consent_agency')[0]).toBeGreaterThan(0);
  });

  it('writes 支援プラン: a 案 for プラン作成, a 確定 v1 with goals and agency rows for 支援中 and モニタリング, some revised to a v2', () => {
    const count = (query: string) => column<number>(t.sqlite, `SELECT count(*) FROM ${query}`)[0];
    expect(count('support_plan')).toBe(summary.plans);
    const stagesOf = (where: string) =>
      values(
        `SELECT DISTINCT c.stage FROM support_plan p JOIN support_case c ON c.id = p.case_id WHERE ${where}`,
      );
    expect(stagesOf("p.status = 'draft'")).toEqual(new Set(['planning']));
    expect(stagesOf("p.status = 'confirmed'")).toEqual(new Set(['support', 'monitoring']));
    // Every case in those stages has a plan; no other case has one.
    expect(
      count(`support_case c WHERE c.stage IN ('planning', 'support', 'monitoring')
               AND NOT EXISTS (SELECT 1 FROM support_plan p WHERE p.case_id = c.id)`),
    ).toBe(0);
    expect(
      count(`support_plan p JOIN support_case c ON c.id = p.case_id
              WHERE c.stage NOT IN ('planning', 'support', 'monitoring')`),
    ).toBe(0);
    // 2–3 goals (one 長期目標) and 3–5 支援内容 rows per version.
    const goals = column<number>(t.sqlite, 'SELECT count(*) FROM plan_goal GROUP BY plan_id');
    expect(goals.every((n) => n >= 2 && n <= 3)).toBe(true);
    const rows = column<number>(t.sqlite, 'SELECT count(*) FROM plan_support_row GROUP BY plan_id');
    expect(rows).toHaveLength(summary.plans);
    expect(rows.every((n) => n >= 3 && n <= 5)).toBe(true);
    expect(count('plan_support_row WHERE assignee_agency_id IS NOT NULL')).toBeGreaterThan(0);
    expect(
      count('plan_support_row WHERE assignee_agency_id IS NULL AND assignee_staff_id IS NULL'),
    ).toBe(0);
    // 見直し: an evaluation of v1 deciding revise, every goal evaluated, v1 終了, v2 確定.
    const revised = count("plan_evaluation WHERE decision = 'revise'");
    expect(revised).toBeGreaterThan(0);
    expect(count('support_plan WHERE version = 2')).toBe(revised);
    expect(
      count(`support_plan v2 JOIN support_plan v1 ON v1.id = v2.supersedes_id
              WHERE v2.status = 'confirmed' AND v1.status = 'ended' AND v1.version = 1
                AND v2.created_on >= (SELECT evaluated_on FROM plan_evaluation WHERE plan_id = v1.id)`),
    ).toBe(revised);
    expect(
      count(`plan_goal g JOIN plan_evaluation e ON e.plan_id = g.plan_id
              WHERE NOT EXISTS (SELECT 1 FROM plan_goal_evaluation ge
                                 WHERE ge.evaluation_id = e.id AND ge.goal_id = g.id)`),
    ).toBe(0);
    // 確定 versions carry their 本人同意 (the writer's name when 代筆); dates within the demo.
    expect(
      count(
        "support_plan WHERE status <> 'draft' AND (consent_on IS NULL OR consent_method IS NULL OR confirmed_at IS NULL)",
      ),
    ).toBe(0);
    expect(count("support_plan WHERE consent_method = 'proxy' AND consent_proxy_name = ''")).toBe(
      0,
    );
    expect(
      count(`support_plan p JOIN support_case c ON c.id = p.case_id
                   WHERE p.created_on < c.received_on OR p.created_on > '${demoToday}'`),
    ).toBe(0);
  });

  it('writes one demo.generate audit row with the counts and no personal content', () => {
    const rows = t.sqlite
      .prepare("SELECT actor_staff_id, detail FROM audit_log WHERE action = 'demo.generate'")
      .all() as Array<{
      actor_staff_id: number;
      detail: string;
    }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actor_staff_id).toBe(t.adminId);
    expect(JSON.parse(rows[0]!.detail)).toEqual(summary);
  });
});
