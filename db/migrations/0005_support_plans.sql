CREATE TABLE `plan_evaluation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`evaluated_on` text NOT NULL,
	`person_change` text DEFAULT '' NOT NULL,
	`decision` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `support_plan`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_evaluation_plan` ON `plan_evaluation` (`plan_id`,`evaluated_on`);--> statement-breakpoint
CREATE TABLE `plan_goal` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`sort` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `support_plan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_goal_plan_sort` ON `plan_goal` (`plan_id`,`sort`);--> statement-breakpoint
CREATE TABLE `plan_goal_evaluation` (
	`evaluation_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	`result` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`evaluation_id`, `goal_id`),
	FOREIGN KEY (`evaluation_id`) REFERENCES `plan_evaluation`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `plan_goal`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_goal_evaluation_goal` ON `plan_goal_evaluation` (`goal_id`);--> statement-breakpoint
CREATE TABLE `plan_issue` (
	`plan_id` integer NOT NULL,
	`sort` integer NOT NULL,
	`issue` text NOT NULL,
	`background` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`plan_id`, `sort`),
	FOREIGN KEY (`plan_id`) REFERENCES `support_plan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `plan_support_row` (
	`plan_id` integer NOT NULL,
	`sort` integer NOT NULL,
	`issue` text DEFAULT '' NOT NULL,
	`content` text NOT NULL,
	`assignee_agency_id` integer,
	`assignee_staff_id` integer,
	`assignee_text` text DEFAULT '' NOT NULL,
	`frequency` text DEFAULT '' NOT NULL,
	`period` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`plan_id`, `sort`),
	FOREIGN KEY (`plan_id`) REFERENCES `support_plan`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `support_plan` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`version` integer NOT NULL,
	`supersedes_id` integer,
	`created_on` text NOT NULL,
	`period_from` text,
	`period_to` text,
	`next_evaluation_on` text NOT NULL,
	`person_wishes` text DEFAULT '' NOT NULL,
	`household_goal` text DEFAULT '' NOT NULL,
	`referral_participation` integer DEFAULT false NOT NULL,
	`referral_outreach` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`confirmed_by` integer,
	`confirmed_at` text,
	`approved_meeting_id` integer,
	`consent_on` text,
	`consent_method` text,
	`consent_proxy_name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`case_id`) REFERENCES `support_case`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supersedes_id`) REFERENCES `support_plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `support_plan_case_version` ON `support_plan` (`case_id`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `support_plan_supersedes` ON `support_plan` (`supersedes_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `support_plan_one_draft` ON `support_plan` (`case_id`) WHERE "support_plan"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX `support_plan_one_confirmed` ON `support_plan` (`case_id`) WHERE "support_plan"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX `support_plan_due` ON `support_plan` (`next_evaluation_on`,`case_id`) WHERE "support_plan"."status" = 'confirmed';