import { max } from 'drizzle-orm';
import { withTransaction, type Db, type WriteTx } from '../../db/database';
import { findStaffById } from '../../db/repositories/staffRepository';
import { supportCase, type StaffRow } from '../../db/schema';
import { appendAudit } from '../../electron/services/audit/appendAudit';
import { systemClock, type Clock } from '../../electron/services/clock';
import type { DetailContext } from './buildCase';
import { withBulkCache } from './bulkCache';
import { dayOf, previousFiscalYearStart, stampOf } from './demoCalendar';
import { detailDecks } from './demoDecks';
import { ensureDemoDirectory } from './demoDirectory';
import { prepareDemoInserts } from './demoInserts';
import { planCases } from './planCases';
import { Rng } from './rng';
import { writeMeetings, type MeetingCounts } from './writeMeetings';
import { writeCommunityDemo, type CommunityCounts } from './writeCommunity';
import { emptyCounts, writeHousehold, type DemoCounts } from './writeHousehold';

export type DemoOptions = {
  /** The same seed (and options, and `today`) always gives the same rows. */
  seed: number;
  households: number;
  /** Mean cases per household (default 2.5); the total is exact. */
  casesPerHousehold?: number;
  /** Mean progress notes per case (default 10); the total is exact. */
  notesPerCase?: number;
  /** The demo's "today" (ISO date): every date and stamp is derived from it, never the clock. */
  today: string;
  /** Who generates: stamped on every row and named in the audit row. */
  actorStaffId: number;
  /** Time of the one audit row (the system clock when omitted). */
  clock?: Clock;
  /** Called as households are written (about a hundred times in all). */
  onProgress?: (progress: { households: number; total: number }) => void;
};

export type DemoSummary = DemoCounts &
  MeetingCounts &
  CommunityCounts & {
    seed: number;
    today: string;
    /** Demo agencies and staff in the directory (created now or by an earlier run). */
    agencies: number;
    staff: number;
  };

export const demoDefaults = { casesPerHousehold: 2.5, notesPerCase: 10 } as const;

/**
 * Fills the database with a fictional town's case work (みどり町): staff, agencies, households,
 * persons, cases in every stage over the last two 年度, consents, progress notes, plans,
 * meetings, アウトリーチ, 参加支援 and 地域づくり. Passes: a light plan (dates, stages, case numbers in
 * 受付日 order per 年度, continuing after existing cases), households streamed through prepared
 * inserts, then the meetings and the community work (writeCommunity.ts) of the cases just written.
 * All in one transaction with one `demo.generate` audit row: it is all there or none of it is.
 */
export function generateDemo(db: Db, options: DemoOptions): DemoSummary {
  const settings = {
    ...options,
    casesPerHousehold: options.casesPerHousehold ?? demoDefaults.casesPerHousehold,
    notesPerCase: options.notesPerCase ?? demoDefaults.notesPerCase,
  };
  checkOptions(settings);
  const actor = findStaffById(db, options.actorStaffId);
  if (!actor) throw new RangeError(`no staff with id ${options.actorStaffId}`);
  return withBulkCache(db, () => withTransaction(db, (tx) => writeDemo(tx, actor, settings)));
}

type Settings = DemoOptions & Required<Pick<DemoOptions, 'casesPerHousehold' | 'notesPerCase'>>;

function writeDemo(tx: WriteTx, actor: StaffRow, settings: Settings): DemoSummary {
  const today = dayOf(settings.today);
  const windowStart = previousFiscalYearStart(today);
  const directoryStamp = stampOf(windowStart, 510);
  const directory = ensureDemoDirectory(tx, {
    createdAt: directoryStamp,
    updatedAt: directoryStamp,
    createdBy: actor.id,
    updatedBy: actor.id,
  });
  const plans = planCases(new Rng(settings.seed, 1), {
    households: settings.households,
    casesPerHousehold: settings.casesPerHousehold,
    notesPerCase: settings.notesPerCase,
    today,
    windowStart,
    existingMaxSeq: maxSeqByFiscalYear(tx),
  });
  const rng = new Rng(settings.seed, 2);
  const ctx: DetailContext = {
    rng,
    decks: detailDecks(rng, directory.workerIds),
    directory,
    today,
    actorStaffId: actor.id,
    planRng: new Rng(settings.seed, 3),
  };
  const lastCaseBefore = maxCaseId(tx);
  const insert = prepareDemoInserts(tx);
  const counts = emptyCounts();
  const step = Math.max(1, Math.floor(plans.length / 100));
  plans.forEach((plan, i) => {
    writeHousehold(ctx, insert, plan, counts);
    if ((i + 1) % step === 0 || i + 1 === plans.length) {
      settings.onProgress?.({ households: i + 1, total: plans.length });
    }
  });

  const meetings = writeMeetings(
    tx,
    {
      rng: new Rng(settings.seed, 4),
      today,
      windowStart,
      actorStaffId: actor.id,
      workerIds: directory.workerIds,
    },
    lastCaseBefore,
  );
  const community = writeCommunityDemo(tx, {
    seed: settings.seed,
    households: settings.households,
    today,
    actorStaffId: actor.id,
    directory,
    afterCaseId: lastCaseBefore,
  });

  const summary: DemoSummary = {
    seed: settings.seed,
    today: settings.today,
    ...counts,
    ...meetings,
    ...community,
    agencies: directory.agencyCount,
    staff: directory.staffCount,
  };
  appendAudit(tx, {
    at: (settings.clock ?? systemClock).now(),
    actor: { staffId: actor.id, login: actor.login, displayName: actor.displayName },
    action: 'demo.generate',
    detail: { ...summary },
  });
  return summary;
}

function checkOptions(settings: Settings): void {
  if (!Number.isInteger(settings.households) || settings.households < 1) {
    throw new RangeError('households must be a positive integer');
  }
  if (!Number.isInteger(settings.seed)) throw new RangeError('seed must be an integer');
  if (!(settings.casesPerHousehold >= 1 && settings.casesPerHousehold <= 20)) {
    throw new RangeError('casesPerHousehold must be between 1 and 20');
  }
  if (!(settings.notesPerCase >= 0 && settings.notesPerCase <= 200)) {
    throw new RangeError('notesPerCase must be between 0 and 200');
  }
  dayOf(settings.today);
}

function maxCaseId(tx: WriteTx): number {
  return (
    tx
      .select({ id: max(supportCase.id) })
      .from(supportCase)
      .get()?.id ?? 0
  );
}

function maxSeqByFiscalYear(tx: WriteTx): Map<number, number> {
  const rows = tx
    .select({ fiscalYear: supportCase.fiscalYear, seq: max(supportCase.seq) })
    .from(supportCase)
    .groupBy(supportCase.fiscalYear)
    .all();
  return new Map(rows.map((r) => [r.fiscalYear, r.seq ?? 0]));
}
