CREATE TABLE `meeting_action` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_case_id` integer NOT NULL,
	`position` integer NOT NULL,
	`agency_id` integer,
	`staff_id` integer,
	`assignee` text DEFAULT '' NOT NULL,
	`content` text NOT NULL,
	`due_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`meeting_case_id`) REFERENCES `meeting_case`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_action_case` ON `meeting_action` (`meeting_case_id`,`position`);--> statement-breakpoint
ALTER TABLE `meeting` ADD `next_meeting_note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `meeting_attendee` ADD `role` text;--> statement-breakpoint
ALTER TABLE `meeting_case` ADD `start_time` text;--> statement-breakpoint
ALTER TABLE `meeting_case` ADD `end_time` text;--> statement-breakpoint
ALTER TABLE `meeting_case` ADD `agency_reports` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `meeting_case` ADD `person_wishes` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `meeting_decision` ADD `close_reason_code` text;--> statement-breakpoint
ALTER TABLE `plan_evaluation` ADD `close_reason_code` text;--> statement-breakpoint
ALTER TABLE `plan_evaluation` ADD `close_reason_note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `support_case` ADD `close_reason_code` text;--> statement-breakpoint
-- 終結理由 was free text until now: a reason written with one of the official words gets its code
-- (written by hand after the generated statements); any other stays without one and prints as
-- その他 with its words, as before.
UPDATE `support_case` SET `close_reason_code` = CASE
  WHEN close_reason LIKE '%目標達成%' OR close_reason LIKE '%目標を達成%' THEN 'goalAchieved'
  WHEN close_reason LIKE '%引継%' OR close_reason LIKE '%引き継%' THEN 'referred'
  WHEN close_reason LIKE '%転居%' THEN 'moved'
  WHEN close_reason LIKE '%連絡がとれ%' OR close_reason LIKE '%連絡が取れ%' THEN 'lostContact'
  WHEN close_reason LIKE '%死亡%' OR close_reason LIKE '%死去%' OR close_reason LIKE '%亡くな%' THEN 'died'
  WHEN close_reason LIKE '%本人の希望%' THEN 'personWish'
END
WHERE `close_reason` <> '';--> statement-breakpoint
UPDATE `meeting_decision` SET `close_reason_code` = CASE
  WHEN text LIKE '%目標達成%' OR text LIKE '%目標を達成%' THEN 'goalAchieved'
  WHEN text LIKE '%引継%' OR text LIKE '%引き継%' THEN 'referred'
  WHEN text LIKE '%転居%' THEN 'moved'
  WHEN text LIKE '%連絡がとれ%' OR text LIKE '%連絡が取れ%' THEN 'lostContact'
  WHEN text LIKE '%死亡%' OR text LIKE '%死去%' OR text LIKE '%亡くな%' THEN 'died'
  WHEN text LIKE '%本人の希望%' THEN 'personWish'
END
WHERE `kind` = 'closure' AND `text` <> '';
