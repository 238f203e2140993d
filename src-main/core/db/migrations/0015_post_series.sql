CREATE TABLE `post_series` (
	`id` text PRIMARY KEY NOT NULL,
	`rule` text NOT NULL,
	`end` text NOT NULL,
	`start_local` text NOT NULL,
	`time_zone` text NOT NULL,
	`template` text NOT NULL,
	`made_through` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `posts` ADD `series_id` text REFERENCES post_series(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `posts` ADD `occurrence_local` text;--> statement-breakpoint
CREATE UNIQUE INDEX `posts_series_occurrence_idx` ON `posts` (`series_id`,`occurrence_local`);