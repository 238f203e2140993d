CREATE TABLE `activity_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`post_id` text,
	`target_id` text,
	`message` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `activity_log_post_idx` ON `activity_log` (`post_id`,`at`);--> statement-breakpoint
CREATE TABLE `business_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`time_zone` text NOT NULL,
	`stage` text DEFAULT 'starting' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `channels` (
	`id` text PRIMARY KEY NOT NULL,
	`network` text NOT NULL,
	`display_name` text NOT NULL,
	`handle` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `media` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`sha256` text NOT NULL,
	`mime_type` text NOT NULL,
	`byte_size` integer NOT NULL,
	`file_name` text NOT NULL,
	`alt_text` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `media_post_idx` ON `media` (`post_id`,`position`);--> statement-breakpoint
CREATE TABLE `post_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`body_override` text,
	`state` text DEFAULT 'pending' NOT NULL,
	`remote_id` text,
	`remote_url` text,
	`last_error` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `post_targets_post_channel_idx` ON `post_targets` (`post_id`,`channel_id`);--> statement-breakpoint
CREATE INDEX `post_targets_channel_idx` ON `post_targets` (`channel_id`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` text PRIMARY KEY NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`scheduled_at` integer,
	`scheduled_time_zone` text,
	`scheduled_local` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `posts_scheduled_at_idx` ON `posts` (`scheduled_at`);--> statement-breakpoint
CREATE INDEX `posts_status_updated_idx` ON `posts` (`status`,`updated_at`);