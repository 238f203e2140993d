ALTER TABLE `inbox_cursors` ADD `last_error_key` text;--> statement-breakpoint
ALTER TABLE `post_targets` ADD `last_error_key` text;