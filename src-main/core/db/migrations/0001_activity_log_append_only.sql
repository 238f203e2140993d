-- The activity log is evidence of what Cadence did; the database itself refuses to rewrite it.
CREATE TRIGGER `activity_log_no_update` BEFORE UPDATE ON `activity_log`
BEGIN
  SELECT RAISE(ABORT, 'activity_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `activity_log_no_delete` BEFORE DELETE ON `activity_log`
BEGIN
  SELECT RAISE(ABORT, 'activity_log is append-only');
END;
