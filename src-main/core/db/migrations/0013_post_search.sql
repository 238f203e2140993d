-- Search over every post's text and its per-network variants (issue 12 §6). An external-content
-- FTS5 index: the words live once, in posts and post_targets, and the index only points at them
-- through post_search_source, one row per post keyed by the post's rowid. Variants are joined in
-- channel order so that a row reads the same when it is indexed and when it is taken out again.
CREATE VIEW `post_search_source` AS
  SELECT p.rowid AS post_rowid,
    p.body AS body,
    coalesce(
      (SELECT group_concat(t.body_override, char(10) ORDER BY t.channel_id)
        FROM post_targets t WHERE t.post_id = p.id AND t.body_override IS NOT NULL),
      ''
    ) AS variants
  FROM posts p;
--> statement-breakpoint
CREATE VIRTUAL TABLE `post_search` USING fts5(
  body, variants,
  content = 'post_search_source', content_rowid = 'post_rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `post_search` (`post_search`) VALUES ('rebuild');
--> statement-breakpoint
-- Each change takes the post's row out of the index as it read before the change (BEFORE) and
-- puts it back as it reads after (AFTER): an external-content index must be told the old words.
CREATE TRIGGER `post_search_post_insert` AFTER INSERT ON `posts` BEGIN
  INSERT INTO post_search (rowid, body, variants)
    SELECT post_rowid, body, variants FROM post_search_source WHERE post_rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `post_search_post_before_update` BEFORE UPDATE OF body ON `posts` BEGIN
  INSERT INTO post_search (post_search, rowid, body, variants)
    SELECT 'delete', post_rowid, body, variants FROM post_search_source WHERE post_rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `post_search_post_after_update` AFTER UPDATE OF body ON `posts` BEGIN
  INSERT INTO post_search (rowid, body, variants)
    SELECT post_rowid, body, variants FROM post_search_source WHERE post_rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `post_search_post_delete` BEFORE DELETE ON `posts` BEGIN
  INSERT INTO post_search (post_search, rowid, body, variants)
    SELECT 'delete', post_rowid, body, variants FROM post_search_source WHERE post_rowid = old.rowid;
END;
--> statement-breakpoint
-- A variant changes its post's row. A target of a post being deleted finds no post left here
-- (the cascade runs after the post's row is gone), so the post's own trigger is the only one.
CREATE TRIGGER `post_search_variant_before_insert` BEFORE INSERT ON `post_targets`
  WHEN new.body_override IS NOT NULL BEGIN
  INSERT INTO post_search (post_search, rowid, body, variants)
    SELECT 'delete', s.post_rowid, s.body, s.variants FROM post_search_source s
    WHERE s.post_rowid = (SELECT rowid FROM posts WHERE id = new.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `post_search_variant_after_insert` AFTER INSERT ON `post_targets`
  WHEN new.body_override IS NOT NULL BEGIN
  INSERT INTO post_search (rowid, body, variants)
    SELECT s.post_rowid, s.body, s.variants FROM post_search_source s
    WHERE s.post_rowid = (SELECT rowid FROM posts WHERE id = new.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `post_search_variant_before_update` BEFORE UPDATE OF body_override ON `post_targets`
  WHEN old.body_override IS NOT new.body_override BEGIN
  INSERT INTO post_search (post_search, rowid, body, variants)
    SELECT 'delete', s.post_rowid, s.body, s.variants FROM post_search_source s
    WHERE s.post_rowid = (SELECT rowid FROM posts WHERE id = old.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `post_search_variant_after_update` AFTER UPDATE OF body_override ON `post_targets`
  WHEN old.body_override IS NOT new.body_override BEGIN
  INSERT INTO post_search (rowid, body, variants)
    SELECT s.post_rowid, s.body, s.variants FROM post_search_source s
    WHERE s.post_rowid = (SELECT rowid FROM posts WHERE id = new.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `post_search_variant_before_delete` BEFORE DELETE ON `post_targets`
  WHEN old.body_override IS NOT NULL BEGIN
  INSERT INTO post_search (post_search, rowid, body, variants)
    SELECT 'delete', s.post_rowid, s.body, s.variants FROM post_search_source s
    WHERE s.post_rowid = (SELECT rowid FROM posts WHERE id = old.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `post_search_variant_after_delete` AFTER DELETE ON `post_targets`
  WHEN old.body_override IS NOT NULL BEGIN
  INSERT INTO post_search (rowid, body, variants)
    SELECT s.post_rowid, s.body, s.variants FROM post_search_source s
    WHERE s.post_rowid = (SELECT rowid FROM posts WHERE id = old.post_id);
END;
