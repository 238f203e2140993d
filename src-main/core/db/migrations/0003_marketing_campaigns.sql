CREATE TABLE `ad_spend` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text,
	`campaign_name` text,
	`date` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`impressions` integer,
	`clicks` integer,
	`source` text NOT NULL,
	`note` text,
	`row_hash` text,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ad_spend_row_hash_idx` ON `ad_spend` (`row_hash`);--> statement-breakpoint
CREATE INDEX `ad_spend_campaign_date_idx` ON `ad_spend` (`campaign_id`,`date`);--> statement-breakpoint
CREATE TABLE `analytics_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text,
	`utm_source` text,
	`utm_medium` text,
	`utm_campaign` text,
	`utm_content` text,
	`sessions` integer NOT NULL,
	`clicks` integer,
	`conversions` real NOT NULL,
	`revenue_minor` integer,
	`currency` text,
	`campaign_id` text,
	`row_hash` text NOT NULL,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `analytics_rows_row_hash_idx` ON `analytics_rows` (`row_hash`);--> statement-breakpoint
CREATE INDEX `analytics_rows_campaign_idx` ON `analytics_rows` (`campaign_id`,`date`);--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`goal` text NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`budget_minor` integer,
	`currency` text,
	`channel_ids` text NOT NULL,
	`landing_url` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `campaigns_slug_idx` ON `campaigns` (`slug`);--> statement-breakpoint
CREATE TABLE `imports_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`kind` text NOT NULL,
	`rows_imported` integer NOT NULL,
	`rows_skipped` integer NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`order_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`date` text NOT NULL,
	`total_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`landing_site` text,
	`referring_site` text,
	`utm_source` text,
	`utm_medium` text,
	`utm_campaign` text,
	`utm_content` text,
	`campaign_id` text,
	`row_hash` text NOT NULL,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_source_order_idx` ON `orders` (`source`,`order_id`);--> statement-breakpoint
CREATE INDEX `orders_campaign_idx` ON `orders` (`campaign_id`,`date`);--> statement-breakpoint
-- drizzle-kit leaves ON DELETE off an added column's reference; the snapshot says set null.
ALTER TABLE `posts` ADD `campaign_id` text REFERENCES campaigns(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `posts_campaign_idx` ON `posts` (`campaign_id`);