-- Matching keys now fold kanji variants (髙→高, 﨑→崎, 邊/邉→辺 … from the MJ縮退マップ), kana
-- variants (hiragana/katakana, small kana, ヂ/ヅ) and IVS. Recompute the stored keys with the
-- same functions the services use (registered on the connection by openDatabase); only rows
-- whose key changes are written, so the search index triggers run for those alone.
UPDATE `person` SET `name_key` = kasane_name_key(`name`) WHERE `name_key` <> kasane_name_key(`name`);
--> statement-breakpoint
UPDATE `person` SET `kana_key` = kasane_kana_key(`name_kana`) WHERE `kana_key` <> kasane_kana_key(`name_kana`);
--> statement-breakpoint
UPDATE `agency` SET `name_key` = kasane_name_key(`name`) WHERE `name_key` <> kasane_name_key(`name`);
--> statement-breakpoint
UPDATE `resource` SET `name_key` = kasane_name_key(`name`) WHERE `name_key` <> kasane_name_key(`name`);
--> statement-breakpoint
UPDATE `outreach_target` SET `name_key` = kasane_name_key(`name`) WHERE `name_key` <> kasane_name_key(`name`);
