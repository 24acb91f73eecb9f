-- Full-text search with the trigram tokenizer (Japanese has no spaces; unicode61 does not split it).
-- One FTS table per entity, rowid = the entity's id, kept in step by triggers. Queries of one or
-- two characters cannot use trigrams; the service answers those from the *_key columns instead.
CREATE VIRTUAL TABLE `person_fts` USING fts5(`body`, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `person_fts_insert` AFTER INSERT ON `person` BEGIN
  INSERT INTO `person_fts` (rowid, body)
  VALUES (new.id, new.name || ' ' || new.name_kana || ' ' || new.name_key || ' ' || new.kana_key || ' ' || new.phone_key);
END;
--> statement-breakpoint
CREATE TRIGGER `person_fts_update` AFTER UPDATE OF name, name_kana, name_key, kana_key, phone_key ON `person` BEGIN
  DELETE FROM `person_fts` WHERE rowid = old.id;
  INSERT INTO `person_fts` (rowid, body)
  VALUES (new.id, new.name || ' ' || new.name_kana || ' ' || new.name_key || ' ' || new.kana_key || ' ' || new.phone_key);
END;
--> statement-breakpoint
CREATE TRIGGER `person_fts_delete` AFTER DELETE ON `person` BEGIN
  DELETE FROM `person_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `case_fts` USING fts5(`body`, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `case_fts_insert` AFTER INSERT ON `support_case` BEGIN
  INSERT INTO `case_fts` (rowid, body) VALUES (new.id, new.case_number || ' ' || new.chief_complaint);
END;
--> statement-breakpoint
CREATE TRIGGER `case_fts_update` AFTER UPDATE OF case_number, chief_complaint ON `support_case` BEGIN
  DELETE FROM `case_fts` WHERE rowid = old.id;
  INSERT INTO `case_fts` (rowid, body) VALUES (new.id, new.case_number || ' ' || new.chief_complaint);
END;
--> statement-breakpoint
CREATE TRIGGER `case_fts_delete` AFTER DELETE ON `support_case` BEGIN
  DELETE FROM `case_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `note_fts` USING fts5(`body`, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `note_fts_insert` AFTER INSERT ON `progress_note` BEGIN
  INSERT INTO `note_fts` (rowid, body)
  VALUES (new.id, new.counterpart || ' ' || new.facts || ' ' || new.assessment || ' ' || new.next_action);
END;
--> statement-breakpoint
CREATE TRIGGER `note_fts_update` AFTER UPDATE OF counterpart, facts, assessment, next_action ON `progress_note` BEGIN
  DELETE FROM `note_fts` WHERE rowid = old.id;
  INSERT INTO `note_fts` (rowid, body)
  VALUES (new.id, new.counterpart || ' ' || new.facts || ' ' || new.assessment || ' ' || new.next_action);
END;
--> statement-breakpoint
CREATE TRIGGER `note_fts_delete` AFTER DELETE ON `progress_note` BEGIN
  DELETE FROM `note_fts` WHERE rowid = old.id;
END;
