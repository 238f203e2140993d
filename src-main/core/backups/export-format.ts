// The full export's layout, the manifest that names it, and the README that explains it to
// whoever opens the zip: the owner, a helper, or another program.
import { z } from 'zod';

export const EXPORT_FORMAT = 'cadence.export';
export const EXPORT_VERSION = 1;

export const EXPORT_PATHS = {
  readme: 'README.txt',
  manifest: 'manifest.json',
  brandKit: 'brand-kit.json',
  table: (name: string) => `data/${name}.json`,
  image: (sha256: string) => `images/${sha256}`,
};
export const TABLE_PATH = /^data\/([a-z_]+)\.json$/;
export const IMAGE_PATH = /^images\/([0-9a-f]{64})$/;

export const ExportManifest = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  /** The newest database migration of the version that wrote it (drizzle's created_at). */
  schema: z.number().int().nonnegative(),
  /** Rows per table. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  images: z.number().int().nonnegative(),
});
export type ExportManifest = z.infer<typeof ExportManifest>;

export const EXPORT_README = `Cadence export
==============

This zip holds everything Cadence keeps about your business, as it was when you exported it:
posts and their schedule, channels, images, the plan, campaigns and their numbers, the inbox,
saved replies, the brand kit and your preferences.

What is in it
-------------
manifest.json       What wrote this export: "format" (always "cadence.export"), "version" (1),
                    "exportedAt" (when, in UTC), "schema" (the version of Cadence's database)
                    and how many rows each table and how many images it holds.
data/<table>.json   One file per kind of record, each a JSON list of records. Field names are
                    those of Cadence's database schema (src-main/core/db/schema.ts in Cadence's
                    source); times are milliseconds since 1 January 1970 UTC. The main ones:
                      business_profile.json   your business's name, time zone and stage
                      channels.json           the accounts you post to
                      posts.json              every post, draft, scheduled or published
                      post_targets.json       each post's channels, with its state on each
                      post_series.json        recurring posts: the rule, its end and what
                                              each new post of the series copies
                      media.json              the images attached to posts ("sha256" names
                                              the image file in images/)
                      publish_attempts.json   every attempt to publish, with the answer
                      activity_log.json       each post's history
                      campaigns.json, ad_spend.json, analytics_rows.json, orders.json
                      inbox_items.json, saved_replies.json, plan_ticks.json, plan_weeks.json
                      metric_snapshots.json, post_metrics.json, app_settings.json
images/<sha256>     The images themselves, each named by the SHA-256 of its bytes; their type
                    and original name are in data/media.json.
brand-kit.json      Your brand voice kit, in the file format Cadence's Brand kit page imports.

What is not in it
-----------------
Sign-ins and passwords for your accounts. They stay in your computer's keychain and never leave
it. After importing, reconnect each channel in Settings before Cadence can publish to it again.
If you keep using Cadence where you exported from, connect each channel in one place only: both
would publish the posts scheduled there.

Importing it
------------
In Cadence: Settings, Backups, "Import an export". Cadence imports into a profile that has no
posts yet (open Cadence on a new, empty data folder), so nothing is mixed up or overwritten.
`;
