CREATE TABLE `next_action` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`note_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`staff_id` integer NOT NULL,
	`done_at` text,
	`done_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`note_id`) REFERENCES `progress_note`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `next_action_note` ON `next_action` (`note_id`);--> statement-breakpoint
CREATE INDEX `next_action_open` ON `next_action` (`staff_id`,`due_on`) WHERE "next_action"."done_at" is null;