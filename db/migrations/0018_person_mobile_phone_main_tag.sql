-- 電話（携帯） beside 電話（自宅）, 来談者の電話 and 主な課題 for the 相談受付・申込票 (issue 18).
ALTER TABLE `person` ADD `mobile_phone` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `person` ADD `mobile_phone_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `person_mobile_phone_key` ON `person` (`mobile_phone_key`);--> statement-breakpoint
ALTER TABLE `support_case` ADD `visitor_phone` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `support_case` ADD `main_tag` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- The search index holds both numbers: its triggers are replaced to add the second.
DROP TRIGGER `person_fts_insert`;--> statement-breakpoint
DROP TRIGGER `person_fts_update`;--> statement-breakpoint
CREATE TRIGGER `person_fts_insert` AFTER INSERT ON `person` BEGIN
  INSERT INTO `person_fts` (rowid, body)
  VALUES (new.id, new.name || ' ' || new.name_kana || ' ' || new.name_key || ' ' || new.kana_key || ' ' || new.phone_key || ' ' || new.mobile_phone_key);
END;
--> statement-breakpoint
CREATE TRIGGER `person_fts_update` AFTER UPDATE OF name, name_kana, name_key, kana_key, phone_key, mobile_phone_key ON `person` BEGIN
  DELETE FROM `person_fts` WHERE rowid = old.id;
  INSERT INTO `person_fts` (rowid, body)
  VALUES (new.id, new.name || ' ' || new.name_kana || ' ' || new.name_key || ' ' || new.kana_key || ' ' || new.phone_key || ' ' || new.mobile_phone_key);
END;
