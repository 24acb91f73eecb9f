CREATE TABLE `agency` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`kind` text NOT NULL,
	`contact_person` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`shien_meeting_member` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer
);
--> statement-breakpoint
CREATE INDEX `agency_name_key` ON `agency` (`name_key`);--> statement-breakpoint
CREATE TABLE `case_agency` (
	`case_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	PRIMARY KEY(`case_id`, `agency_id`),
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_agency_agency` ON `case_agency` (`agency_id`);--> statement-breakpoint
CREATE TABLE `case_field` (
	`case_id` integer NOT NULL,
	`field` text NOT NULL,
	PRIMARY KEY(`case_id`, `field`),
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_field_field` ON `case_field` (`field`,`case_id`);--> statement-breakpoint
CREATE TABLE `case_tag` (
	`case_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`case_id`, `tag`),
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_tag_tag` ON `case_tag` (`tag`,`case_id`);--> statement-breakpoint
CREATE TABLE `code_list` (
	`list` text NOT NULL,
	`label` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	PRIMARY KEY(`list`, `label`)
);
--> statement-breakpoint
CREATE TABLE `consent` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`recorded_on` text NOT NULL,
	`method` text,
	`proxy_name` text DEFAULT '' NOT NULL,
	`obtained_by` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`obtained_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consent_case_kind` ON `consent` (`case_id`,`kind`,`recorded_on`,`id`);--> statement-breakpoint
CREATE TABLE `consent_agency` (
	`consent_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	PRIMARY KEY(`consent_id`, `agency_id`),
	FOREIGN KEY (`consent_id`) REFERENCES `consent`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `household` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`postal_code` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`building` text DEFAULT '' NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`housing_type` text DEFAULT '' NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer
);
--> statement-breakpoint
CREATE INDEX `household_district` ON `household` (`district`);--> statement-breakpoint
CREATE TABLE `person` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_kana` text DEFAULT '' NOT NULL,
	`name_key` text NOT NULL,
	`kana_key` text DEFAULT '' NOT NULL,
	`birth_date` text,
	`sex` text,
	`relationship` text DEFAULT '' NOT NULL,
	`lives_together` integer DEFAULT true NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`phone_key` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`disability_book` text DEFAULT '' NOT NULL,
	`care_level` text DEFAULT '' NOT NULL,
	`livelihood` text DEFAULT '' NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`household_id`) REFERENCES `household`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_household` ON `person` (`household_id`);--> statement-breakpoint
CREATE INDEX `person_name_key` ON `person` (`name_key`);--> statement-breakpoint
CREATE INDEX `person_kana_key` ON `person` (`kana_key`);--> statement-breakpoint
CREATE INDEX `person_phone_key` ON `person` (`phone_key`);--> statement-breakpoint
CREATE INDEX `person_birth` ON `person` (`name_key`,`birth_date`);--> statement-breakpoint
CREATE TABLE `progress_note` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`occurred_at` text NOT NULL,
	`means` text NOT NULL,
	`counterpart` text DEFAULT '' NOT NULL,
	`staff_id` integer,
	`facts` text DEFAULT '' NOT NULL,
	`assessment` text DEFAULT '' NOT NULL,
	`next_action` text DEFAULT '' NOT NULL,
	`minutes` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `progress_note_case` ON `progress_note` (`case_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `progress_note_date` ON `progress_note` (`occurred_at`);--> statement-breakpoint
CREATE TABLE `support_case` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_number` text NOT NULL,
	`fiscal_year` integer NOT NULL,
	`seq` integer NOT NULL,
	`household_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`received_on` text NOT NULL,
	`received_by` integer,
	`route` text NOT NULL,
	`visitor_name` text DEFAULT '' NOT NULL,
	`visitor_relation` text DEFAULT '' NOT NULL,
	`chief_complaint` text DEFAULT '' NOT NULL,
	`urgency` text DEFAULT 'normal' NOT NULL,
	`stage` text DEFAULT 'intake' NOT NULL,
	`main_staff_id` integer,
	`sub_staff_id` integer,
	`main_agency_id` integer,
	`coordination` integer DEFAULT false NOT NULL,
	`coordination_on` text,
	`outreach` integer DEFAULT false NOT NULL,
	`restricted` integer DEFAULT false NOT NULL,
	`closed_on` text,
	`close_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`household_id`) REFERENCES `household`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`received_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`main_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sub_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`main_agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `support_case_number` ON `support_case` (`case_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `support_case_year_seq` ON `support_case` (`fiscal_year`,`seq`);--> statement-breakpoint
CREATE INDEX `support_case_received` ON `support_case` (`received_on`,`id`);--> statement-breakpoint
CREATE INDEX `support_case_stage` ON `support_case` (`stage`,`received_on`);--> statement-breakpoint
CREATE INDEX `support_case_main_staff` ON `support_case` (`main_staff_id`,`stage`);--> statement-breakpoint
CREATE INDEX `support_case_person` ON `support_case` (`person_id`);--> statement-breakpoint
CREATE INDEX `support_case_household` ON `support_case` (`household_id`);--> statement-breakpoint
CREATE INDEX `support_case_closed` ON `support_case` (`closed_on`);