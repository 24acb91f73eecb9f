CREATE TABLE `meeting` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`held_on` text NOT NULL,
	`start_time` text,
	`end_time` text,
	`place` text DEFAULT '' NOT NULL,
	`chair_staff_id` integer,
	`chair_name` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`general_minutes` text DEFAULT '' NOT NULL,
	`next_meeting_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`chair_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_held_on` ON `meeting` (`held_on`,`id`);--> statement-breakpoint
CREATE INDEX `meeting_kind` ON `meeting` (`kind`,`held_on`);--> statement-breakpoint
CREATE TABLE `meeting_attendee` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`staff_id` integer,
	`agency_id` integer,
	`name` text DEFAULT '' NOT NULL,
	`affiliation` text DEFAULT '' NOT NULL,
	`confidentiality_ack_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendee_meeting` ON `meeting_attendee` (`meeting_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_attendee_staff` ON `meeting_attendee` (`meeting_id`,`staff_id`) WHERE "meeting_attendee"."staff_id" is not null;--> statement-breakpoint
CREATE TABLE `meeting_case` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`position` integer NOT NULL,
	`minutes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_case_once` ON `meeting_case` (`meeting_id`,`case_id`);--> statement-breakpoint
CREATE INDEX `meeting_case_case` ON `meeting_case` (`case_id`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_decision` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`plan_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`meeting_case_id`) REFERENCES `meeting_case`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`plan_id`) REFERENCES `support_plan`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_decision_case` ON `meeting_decision` (`meeting_case_id`);--> statement-breakpoint
CREATE INDEX `meeting_decision_plan` ON `meeting_decision` (`plan_id`);