-- The monthly report's 継続 and 実人数 (a case received before a month and not ended before it,
-- by person) and its アウトリーチ by result, each read from one index without the table rows.
DROP INDEX `outreach_contact_date`;--> statement-breakpoint
CREATE INDEX `outreach_contact_date` ON `outreach_contact` (`contacted_on`,`target_id`,`result`);--> statement-breakpoint
CREATE INDEX `support_case_continuing` ON `support_case` (`received_on`,`closed_on`,`suspended_on`,`person_id`);