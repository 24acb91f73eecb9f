CREATE TABLE `community_activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`held_on` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`organisers` text DEFAULT '' NOT NULL,
	`participants` integer DEFAULT 0 NOT NULL,
	`participants_elderly` integer,
	`participants_disability` integer,
	`participants_children` integer,
	`participants_other` integer,
	`organisations` text DEFAULT '' NOT NULL,
	`staff_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `community_activity_held_on` ON `community_activity` (`held_on`,`id`);--> statement-breakpoint
CREATE INDEX `community_activity_kind` ON `community_activity` (`kind`,`held_on`);--> statement-breakpoint
CREATE TABLE `outreach_contact` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` integer NOT NULL,
	`contacted_on` text NOT NULL,
	`method` text NOT NULL,
	`result` text NOT NULL,
	`via_agency_id` integer,
	`staff_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`target_id`) REFERENCES `outreach_target`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`via_agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outreach_contact_target` ON `outreach_contact` (`target_id`,`contacted_on`);--> statement-breakpoint
CREATE INDEX `outreach_contact_date` ON `outreach_contact` (`contacted_on`,`target_id`);--> statement-breakpoint
CREATE TABLE `outreach_target` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_kana` text DEFAULT '' NOT NULL,
	`name_key` text NOT NULL,
	`person_id` integer,
	`sex` text,
	`age_text` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`raised_by` text DEFAULT '' NOT NULL,
	`raised_by_agency_id` integer,
	`raised_on` text NOT NULL,
	`situation` text DEFAULT '' NOT NULL,
	`stage` text DEFAULT 'identified' NOT NULL,
	`main_staff_id` integer,
	`case_id` integer,
	`ended_on` text,
	`end_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_by_agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`main_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outreach_target_stage` ON `outreach_target` (`stage`,`raised_on`);--> statement-breakpoint
CREATE INDEX `outreach_target_staff` ON `outreach_target` (`main_staff_id`,`stage`);--> statement-breakpoint
CREATE INDEX `outreach_target_case` ON `outreach_target` (`case_id`);--> statement-breakpoint
CREATE INDEX `outreach_target_name_key` ON `outreach_target` (`name_key`);--> statement-breakpoint
CREATE TABLE `participation_followup` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`match_id` integer NOT NULL,
	`followed_on` text NOT NULL,
	`status_to` text,
	`person_note` text DEFAULT '' NOT NULL,
	`host_note` text DEFAULT '' NOT NULL,
	`staff_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`match_id`) REFERENCES `participation_match`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participation_followup_match` ON `participation_followup` (`match_id`,`followed_on`);--> statement-breakpoint
CREATE TABLE `participation_match` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`case_id` integer,
	`resource_id` integer NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`proposed_on` text NOT NULL,
	`started_on` text,
	`ended_on` text,
	`staff_id` integer,
	`host_support` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resource_id`) REFERENCES `resource`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participation_match_person` ON `participation_match` (`person_id`);--> statement-breakpoint
CREATE INDEX `participation_match_resource` ON `participation_match` (`resource_id`,`status`);--> statement-breakpoint
CREATE INDEX `participation_match_status` ON `participation_match` (`status`,`proposed_on`);--> statement-breakpoint
CREATE INDEX `participation_match_case` ON `participation_match` (`case_id`);--> statement-breakpoint
CREATE TABLE `resource` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`kind` text NOT NULL,
	`host_name` text DEFAULT '' NOT NULL,
	`host_agency_id` integer,
	`place` text DEFAULT '' NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`schedule` text DEFAULT '' NOT NULL,
	`capacity` integer,
	`target` text DEFAULT '' NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`host_agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `resource_kind` ON `resource` (`active`,`kind`);--> statement-breakpoint
CREATE INDEX `resource_name_key` ON `resource` (`name_key`);