CREATE TABLE `queue_slots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel_id` text NOT NULL,
	`weekday` integer NOT NULL,
	`time` text NOT NULL,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `queue_slots_channel_time_idx` ON `queue_slots` (`channel_id`,`weekday`,`time`);--> statement-breakpoint
ALTER TABLE `channels` ADD `queue_paused` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `queued` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `evergreen` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `evergreen_gap_days` integer;--> statement-breakpoint
ALTER TABLE `posts` ADD `evergreen_until` integer;--> statement-breakpoint
ALTER TABLE `posts` ADD `recycled_from_id` text REFERENCES posts(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `posts_recycled_from_idx` ON `posts` (`recycled_from_id`);