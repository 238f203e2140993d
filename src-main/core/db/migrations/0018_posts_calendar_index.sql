DROP INDEX `posts_scheduled_at_idx`;--> statement-breakpoint
CREATE INDEX `posts_calendar_idx` ON `posts` (`scheduled_at`,`status`,`id`,`reply_to_item_id`);