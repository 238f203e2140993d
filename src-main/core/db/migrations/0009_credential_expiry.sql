ALTER TABLE `channels` ADD `access_expires_at` integer;--> statement-breakpoint
ALTER TABLE `channels` ADD `refresh_expires_at` integer;--> statement-breakpoint
ALTER TABLE `channels` ADD `credential_failed_at` integer;