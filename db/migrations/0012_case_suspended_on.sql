-- 中断日 for the monthly report, which counts 中断 apart from 継続 (issue 18). Cases already
-- suspended get the Japan-time day they were last changed: the stage change left no other date.
ALTER TABLE `support_case` ADD `suspended_on` text;--> statement-breakpoint
UPDATE `support_case` SET `suspended_on` = date(`updated_at`, '+9 hours') WHERE `stage` = 'suspended';--> statement-breakpoint
CREATE INDEX `support_case_suspended` ON `support_case` (`suspended_on`);
