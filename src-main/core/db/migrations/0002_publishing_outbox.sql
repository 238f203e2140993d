CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `publish_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`outcome` text,
	`http_status` integer,
	`server_answer` text,
	FOREIGN KEY (`target_id`) REFERENCES `post_targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `publish_attempts_target_idx` ON `publish_attempts` (`target_id`,`started_at`);--> statement-breakpoint
ALTER TABLE `channels` ADD `connection` text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE `channels` ADD `server_url` text;--> statement-breakpoint
ALTER TABLE `channels` ADD `remote_account_id` text;--> statement-breakpoint
ALTER TABLE `channels` ADD `avatar_url` text;--> statement-breakpoint
ALTER TABLE `channels` ADD `followers_count` integer;--> statement-breakpoint
ALTER TABLE `channels` ADD `settings` text;--> statement-breakpoint
ALTER TABLE `channels` ADD `last_checked_at` integer;--> statement-breakpoint
ALTER TABLE `post_targets` ADD `idempotency_key` text;--> statement-breakpoint
ALTER TABLE `post_targets` ADD `attempt_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `post_targets` ADD `next_attempt_at` integer;--> statement-breakpoint
ALTER TABLE `post_targets` ADD `published_at` integer;--> statement-breakpoint
CREATE INDEX `post_targets_state_next_idx` ON `post_targets` (`state`,`next_attempt_at`);