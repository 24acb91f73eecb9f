CREATE TABLE `resource_field` (
	`resource_id` integer NOT NULL,
	`field` text NOT NULL,
	PRIMARY KEY(`resource_id`, `field`),
	FOREIGN KEY (`resource_id`) REFERENCES `resource`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `resource` ADD `age_min` integer;--> statement-breakpoint
ALTER TABLE `resource` ADD `age_max` integer;--> statement-breakpoint
ALTER TABLE `resource` ADD `intake` text DEFAULT 'open' NOT NULL;