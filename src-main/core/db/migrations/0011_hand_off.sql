ALTER TABLE `post_targets` ADD `hand_off` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `post_targets` ADD `hand_off_id` text;--> statement-breakpoint
CREATE INDEX `post_targets_hand_off_idx` ON `post_targets` (`state`) WHERE hand_off = 1;