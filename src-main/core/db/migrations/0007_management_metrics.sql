CREATE TABLE `metric_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel_id` text NOT NULL,
	`taken_at` integer NOT NULL,
	`followers` integer,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `metric_snapshots_channel_taken_idx` ON `metric_snapshots` (`channel_id`,`taken_at`);--> statement-breakpoint
CREATE TABLE `metric_views` (
	`viewed_at` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `post_metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` text NOT NULL,
	`taken_at` integer NOT NULL,
	`likes` integer,
	`reposts` integer,
	`replies` integer,
	`quotes` integer,
	`views` integer,
	FOREIGN KEY (`target_id`) REFERENCES `post_targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `post_metrics_target_taken_idx` ON `post_metrics` (`target_id`,`taken_at`);