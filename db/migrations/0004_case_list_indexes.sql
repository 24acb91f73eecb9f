-- Indexes and two trigger-kept tables for the case list and search (services/cases/listCases*.ts,
-- services/search/).
-- Each list index carries every support_case column the list filters and the 閲覧制限 check read,
-- so a page or a total is answered from the index alone: on the encrypted file every table-row
-- lookup can cost a page decryption, which is what made filtered counts slow at city scale.
CREATE INDEX `support_case_list_received` ON `support_case` (`received_on`, `id`, `stage`, `restricted`, `main_staff_id`, `sub_staff_id`, `coordination`, `household_id`);
--> statement-breakpoint
-- The 'stage' sort: stages in workflow order (caseCodes), then newest first. The key is higher for
-- earlier stages so one descending scan (and one row-value keyset comparison) gives that order.
-- listCases.ts builds the same expression from caseCodes; the query-plan test fails if they drift.
CREATE INDEX `support_case_list_stage` ON `support_case` ((CASE `stage` WHEN 'intake' THEN 6 WHEN 'assessment' THEN 5 WHEN 'planning' THEN 4 WHEN 'support' THEN 3 WHEN 'monitoring' THEN 2 WHEN 'closed' THEN 1 WHEN 'suspended' THEN 0 ELSE -1 END), `received_on`, `id`, `stage`, `restricted`, `main_staff_id`, `sub_staff_id`, `coordination`, `household_id`);
--> statement-breakpoint
-- Totals: stage then 受付日 first, so 'open' / 'closed' / chosen stages and a period are index ranges.
CREATE INDEX `support_case_list_count` ON `support_case` (`stage`, `received_on`, `restricted`, `main_staff_id`, `sub_staff_id`, `coordination`, `household_id`);
--> statement-breakpoint
-- Totals of one staff member's cases (主担当, then 副担当: two index ranges instead of a pass over
-- every case of the stages), and of 多機関協働 cases (a partial index of those only).
CREATE INDEX `support_case_staff_main` ON `support_case` (`main_staff_id`, `stage`, `received_on`, `restricted`, `sub_staff_id`, `coordination`, `household_id`);
--> statement-breakpoint
CREATE INDEX `support_case_staff_sub` ON `support_case` (`sub_staff_id`, `stage`, `received_on`, `restricted`, `main_staff_id`, `coordination`, `household_id`);
--> statement-breakpoint
CREATE INDEX `support_case_coordination` ON `support_case` (`stage`, `received_on`, `restricted`, `main_staff_id`, `sub_staff_id`, `household_id`) WHERE `coordination` = 1;
--> statement-breakpoint
-- The cases of given households with the same columns: a total subtracts the cases of households
-- hidden by 閲覧制限, reaching them from the few restricted cases (listCasesTotal.ts).
CREATE INDEX `support_case_household_list` ON `support_case` (`household_id`, `stage`, `restricted`, `main_staff_id`, `sub_staff_id`, `coordination`, `received_on`);
--> statement-breakpoint
-- The few restricted cases by household: the household-hiding check (visibleHouseholdSql) runs
-- once per person in search and household views, and now reads only this small index.
CREATE INDEX `support_case_restricted_household` ON `support_case` (`household_id`, `main_staff_id`, `sub_staff_id`, `stage`) WHERE `restricted` = 1;
--> statement-breakpoint
-- Name and ふりがな searches read these in key order (then id): with the household in the index,
-- the visibility check and the 1–2 character substring scan never read the person rows.
CREATE INDEX `person_name_household` ON `person` (`name_key`, `id`, `household_id`);
--> statement-breakpoint
CREATE INDEX `person_kana_household` ON `person` (`kana_key`, `id`, `household_id`);
--> statement-breakpoint
-- The current 本人同意 state per case and kind (its latest record by recorded_on, then id), kept by
-- triggers. Consent rows are history (a change is a new row), so "current state is X" would
-- otherwise need a latest-row subquery per case: 114 ms to count at 100k cases, ~10 ms with this.
CREATE TABLE `consent_current` (
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	PRIMARY KEY (`case_id`, `kind`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `consent_current_state` ON `consent_current` (`kind`, `state`, `case_id`);
--> statement-breakpoint
INSERT INTO `consent_current` (case_id, kind, state)
SELECT case_id, kind, state FROM (
  SELECT case_id, kind, state,
    row_number() OVER (PARTITION BY case_id, kind ORDER BY recorded_on DESC, id DESC) AS latest
  FROM `consent`
) WHERE latest = 1;
--> statement-breakpoint
CREATE TRIGGER `consent_current_insert` AFTER INSERT ON `consent` BEGIN
  INSERT OR REPLACE INTO `consent_current` (case_id, kind, state)
  SELECT case_id, kind, state FROM `consent` WHERE case_id = new.case_id AND kind = new.kind
  ORDER BY recorded_on DESC, id DESC LIMIT 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consent_current_update` AFTER UPDATE OF case_id, kind, state, recorded_on ON `consent` BEGIN
  DELETE FROM `consent_current` WHERE (case_id = old.case_id AND kind = old.kind) OR (case_id = new.case_id AND kind = new.kind);
  INSERT OR REPLACE INTO `consent_current` (case_id, kind, state)
  SELECT case_id, kind, state FROM `consent` WHERE case_id = old.case_id AND kind = old.kind
  ORDER BY recorded_on DESC, id DESC LIMIT 1;
  INSERT OR REPLACE INTO `consent_current` (case_id, kind, state)
  SELECT case_id, kind, state FROM `consent` WHERE case_id = new.case_id AND kind = new.kind
  ORDER BY recorded_on DESC, id DESC LIMIT 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consent_current_delete` AFTER DELETE ON `consent` BEGIN
  DELETE FROM `consent_current` WHERE case_id = old.case_id AND kind = old.kind;
  INSERT OR REPLACE INTO `consent_current` (case_id, kind, state)
  SELECT case_id, kind, state FROM `consent` WHERE case_id = old.case_id AND kind = old.kind
  ORDER BY recorded_on DESC, id DESC LIMIT 1;
END;
--> statement-breakpoint
-- Cases per stage and restriction, kept by triggers. The case list's default view (a status or
-- stages, no other filter) shows its total from here instead of counting ~70,000 index entries
-- (3.5 ms at 100k cases); the few restricted cases are still counted one by one per actor.
CREATE TABLE `case_stage_count` (
	`stage` text NOT NULL,
	`restricted` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY (`stage`, `restricted`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `case_stage_count` (stage, restricted, n)
SELECT stage, restricted, count(*) FROM `support_case` GROUP BY stage, restricted;
--> statement-breakpoint
CREATE TRIGGER `case_stage_count_insert` AFTER INSERT ON `support_case` BEGIN
  INSERT INTO `case_stage_count` (stage, restricted, n) VALUES (new.stage, new.restricted, 1)
  ON CONFLICT (stage, restricted) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_stage_count_update` AFTER UPDATE OF stage, restricted ON `support_case` BEGIN
  UPDATE `case_stage_count` SET n = n - 1 WHERE stage = old.stage AND restricted = old.restricted;
  INSERT INTO `case_stage_count` (stage, restricted, n) VALUES (new.stage, new.restricted, 1)
  ON CONFLICT (stage, restricted) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_stage_count_delete` AFTER DELETE ON `support_case` BEGIN
  UPDATE `case_stage_count` SET n = n - 1 WHERE stage = old.stage AND restricted = old.restricted;
END;
