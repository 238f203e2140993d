ALTER TABLE `media` ADD `video_duration_ms` integer;--> statement-breakpoint
ALTER TABLE `media` ADD `video_codec` text;--> statement-breakpoint
ALTER TABLE `media` ADD `video_width` integer;--> statement-breakpoint
ALTER TABLE `media` ADD `video_height` integer;