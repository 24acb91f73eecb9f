CREATE TABLE `record_revision` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record_type` text NOT NULL,
	`record_id` integer NOT NULL,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`written_at` text NOT NULL,
	`written_by` integer,
	`replaced_at` text NOT NULL,
	`replaced_by` integer,
	FOREIGN KEY (`written_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replaced_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `record_revision_record` ON `record_revision` (`record_type`,`record_id`,`version`);--> statement-breakpoint
ALTER TABLE `progress_note` ADD `withdrawn_at` text;--> statement-breakpoint
ALTER TABLE `progress_note` ADD `withdrawn_by` integer REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `progress_note` ADD `withdrawn_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- 訂正履歴 is append-only, and a 経過記録 is withdrawn (取消), never deleted: written by hand
-- after the generated statements (drizzle-kit does not track triggers).
CREATE TRIGGER `record_revision_no_update` BEFORE UPDATE ON `record_revision`
BEGIN
  SELECT RAISE(ABORT, 'record_revision is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `record_revision_no_delete` BEFORE DELETE ON `record_revision`
BEGIN
  SELECT RAISE(ABORT, 'record_revision is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `progress_note_no_delete` BEFORE DELETE ON `progress_note`
BEGIN
  SELECT RAISE(ABORT, 'progress_note rows are withdrawn, never deleted');
END;
