CREATE TABLE `brand_kit` (
	`id` integer PRIMARY KEY NOT NULL,
	`kit` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `plan_ticks` (
	`item_id` text NOT NULL,
	`period_key` text NOT NULL,
	`ticked_at` integer NOT NULL,
	PRIMARY KEY(`item_id`, `period_key`)
);
--> statement-breakpoint
CREATE TABLE `plan_weeks` (
	`week_key` text PRIMARY KEY NOT NULL,
	`starts_at` integer NOT NULL,
	`stage` text NOT NULL,
	`closed_at` integer NOT NULL,
	`snapshot` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stage_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`stage` text NOT NULL,
	`source` text NOT NULL,
	`reason` text
);
--> statement-breakpoint
CREATE INDEX `stage_history_at_idx` ON `stage_history` (`at`);--> statement-breakpoint
ALTER TABLE `business_profile` ADD `stage_source` text DEFAULT 'proposed' NOT NULL;--> statement-breakpoint
ALTER TABLE `business_profile` ADD `stage_reason` text;--> statement-breakpoint
ALTER TABLE `business_profile` ADD `answers` text;--> statement-breakpoint
ALTER TABLE `business_profile` ADD `week_starts_on` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `business_profile` ADD `onboarded_at` integer;--> statement-breakpoint
ALTER TABLE `posts` ADD `kind` text DEFAULT 'organic' NOT NULL;