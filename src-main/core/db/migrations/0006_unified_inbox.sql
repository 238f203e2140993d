CREATE TABLE `inbox_cursors` (
	`channel_id` text PRIMARY KEY NOT NULL,
	`cursor` text,
	`last_synced_at` integer,
	`last_error` text,
	`notice` text,
	`failures` integer DEFAULT 0 NOT NULL,
	`backoff_until` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `inbox_interactions` (
	`channel_id` text NOT NULL,
	`day` text NOT NULL,
	`likes` integer DEFAULT 0 NOT NULL,
	`reposts` integer DEFAULT 0 NOT NULL,
	`follows` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`channel_id`, `day`),
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `inbox_items` (
	`id` text PRIMARY KEY NOT NULL,
	`channel_id` text,
	`source_key` text NOT NULL,
	`network` text NOT NULL,
	`channel_label` text NOT NULL,
	`remote_id` text NOT NULL,
	`kind` text NOT NULL,
	`author_name` text,
	`author_handle` text NOT NULL,
	`author_avatar_url` text,
	`text` text DEFAULT '' NOT NULL,
	`url` text,
	`in_reply_to_post_id` text,
	`parent_remote_id` text,
	`root_remote_id` text,
	`parent` text,
	`reply_to` text NOT NULL,
	`received_at` integer NOT NULL,
	`synced_at` integer NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`first_replied_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`in_reply_to_post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbox_items_source_remote_idx` ON `inbox_items` (`source_key`,`remote_id`);--> statement-breakpoint
CREATE INDEX `inbox_items_received_idx` ON `inbox_items` (`received_at`,`id`);--> statement-breakpoint
CREATE INDEX `inbox_items_status_received_idx` ON `inbox_items` (`status`,`received_at`);--> statement-breakpoint
CREATE INDEX `inbox_items_channel_received_idx` ON `inbox_items` (`channel_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `inbox_items_kind_received_idx` ON `inbox_items` (`kind`,`received_at`);--> statement-breakpoint
CREATE INDEX `inbox_items_root_idx` ON `inbox_items` (`source_key`,`root_remote_id`);--> statement-breakpoint
CREATE INDEX `inbox_items_post_idx` ON `inbox_items` (`in_reply_to_post_id`);--> statement-breakpoint
CREATE TABLE `inbox_labels` (
	`item_id` text NOT NULL,
	`label` text NOT NULL,
	PRIMARY KEY(`item_id`, `label`),
	FOREIGN KEY (`item_id`) REFERENCES `inbox_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `inbox_labels_label_idx` ON `inbox_labels` (`label`,`item_id`);--> statement-breakpoint
CREATE TABLE `saved_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `posts` ADD `reply_to_item_id` text REFERENCES inbox_items(id) ON DELETE set null;