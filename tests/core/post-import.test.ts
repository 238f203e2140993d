// Posts imported from a CSV through the real dispatch, on real SQLite: the file's edge cases
// (quotes, BOM, CRLF, UTF-16, empty rows), each row's problems in the preview (DST gap, bad
// date, unknown channel, too long, missing image, duplicates), and an import that is all or nothing.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect } from 'vitest';
import { decodeCsvBytes } from '../../src-main/shared/csv-bytes';
import { LIMITS } from '../../src-main/shared/entities';
import { POST_IMPORT_LIMITS } from '../../src-main/shared/post-import';
import type { ChannelOutput } from '../../src-main/shared/contract';
import { test } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';

type Preview = ChannelOutput<'postImport.preview'>;

const it = test.extend<{ channels: Record<'bluesky' | 'mastodon' | 'x', string> }>({
  channels: async ({ t }, use) => {
    const add = async (network: 'bluesky' | 'mastodon' | 'x', displayName: string, handle: string) =>
      (await t.call('channels.add', { network, displayName, handle })).id;
    await use({
      bluesky: await add('bluesky', 'Bakery Sky', 'bakery.bsky.social'),
      mastodon: await add('mastodon', 'Bakery Toots', '@bakery@social.example'),
      x: await add('x', 'Bakery X', '@bakery'),
    });
  },
});

const preview = (t: TestCore, csvText: string, mapping?: Record<string, string | null>) =>
  t.call('postImport.preview', { fileName: 'week.csv', csvText, ...(mapping ? { mapping } : {}) });
const problemsOf = (result: Preview) =>
  result.rows.map((row) => ({ line: row.line, problems: row.problems.map((p) => p.key) }));
const postCount = (t: TestCore) =>
  (t.core.database.sqlite.prepare('select count(*) as n from posts').get() as { n: number }).n;

describe('the post CSV preview', () => {
  it('reads quoted commas, doubled quotes, line breaks in a cell, a BOM, CRLF and skips empty rows', async ({
    t,
    channels,
  }) => {
    const csv =
      '\ufeffText,Date,Time,Channels\r\n' +
      '"Fresh bread, warm ""croissants""\r\nand coffee",2026-12-01,09:30,"Bakery Sky, Bakery Toots"\r\n' +
      ',,,\r\n\r\n' +
      'Closed on Monday,01.12.2026,6:15 pm,x\r\n';
    const result = await preview(t, csv);
    expect(result.columns).toEqual(['Text', 'Date', 'Time', 'Channels']);
    expect(result.mapping).toMatchObject({ text: 'Text', date: 'Date', time: 'Time', channels: 'Channels' });
    expect(result.fileProblems).toEqual([]);
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]).toMatchObject({
      line: 2,
      text: 'Fresh bread, warm "croissants"\r\nand coffee',
      local: '2026-12-01T09:30',
      at: Date.parse('2026-12-01T14:30:00Z'),
      channelIds: [channels.bluesky, channels.mastodon],
      problems: [],
    });
    expect(result.rows[1]).toMatchObject({ line: 6, local: '2026-12-01T18:15', channelIds: [channels.x] });
    expect(result.importable).toBe(2);
  });

  it('reads a UTF-16 file with tabs and German headers, decoded as the marketing imports are', async ({
    t,
    channels,
  }) => {
    const text =
      '\ufeffBeitrag\tDatum\tUhrzeit\tKanal\r\nFrische Brötchen ☕\t24.12.2026\t08:00\tBluesky\r\n';
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    const result = await preview(t, decodeCsvBytes(bytes));
    expect(result.rows).toEqual([
      expect.objectContaining({
        text: 'Frische Brötchen ☕',
        local: '2026-12-24T08:00',
        channelIds: [channels.bluesky],
        problems: [],
      }),
    ]);
  });

  it('marks each row’s problems: DST gap and repeat, bad date and time, past, unknown channel, too long', async ({
    t,
    channels,
  }) => {
    const long = 'b'.repeat(281);
    const csv = [
      'text,date,time,channels,campaign',
      'Spring forward,2027-03-14,02:30,Bakery Sky,',
      'Fall back,2026-11-01,01:30,Bakery Sky,',
      'Someday,next week,10:00,Bakery Sky,',
      'Late,2026-12-02,25:00,Bakery Sky,',
      'Too late,2026-11-20,10:00,Bakery Sky,',
      'Nowhere,2026-12-02,10:00,"Bakery Sky, Instagram",',
      'No channel,2026-12-02,10:00,,',
      `${long},2026-12-02,10:00,"x, Bakery Toots",`,
      'Sale,2026-12-02,11:00,Bakery Sky,Summer sale',
      ',2026-12-02,12:00,Bakery Sky,',
    ].join('\n');
    const result = await preview(t, csv);
    expect(problemsOf(result)).toEqual([
      { line: 2, problems: ['postFiles.row.timeInGap'] },
      { line: 3, problems: ['postFiles.row.timeRepeated'] },
      { line: 4, problems: ['postFiles.row.badDate'] },
      { line: 5, problems: ['postFiles.row.badTime'] },
      { line: 6, problems: ['postFiles.row.past'] },
      { line: 7, problems: ['postFiles.row.unknownChannel'] },
      { line: 8, problems: ['postFiles.row.noChannel'] },
      { line: 9, problems: ['problems.textTooLong.x'] },
      { line: 10, problems: ['postFiles.row.unknownCampaign'] },
      { line: 11, problems: ['postFiles.row.noText'] },
    ]);
    expect(result.rows[0]!.problems[0]!.message).toBe(
      'The clocks skip 2027-03-14 02:30 in America/New_York (daylight saving time starts). Choose 01:30 or 03:30 instead.',
    );
    expect(result.rows[5]!.channelIds).toEqual([channels.bluesky]);
    expect(result.importable).toBe(0);
  });

  it('checks image paths: absolute, and a file that exists', async ({ t, newFolder }) => {
    const folder = newFolder();
    const photo = join(folder, 'bread.png');
    writeFileSync(
      photo,
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#f80' } })
        .png()
        .toBuffer(),
    );
    // A sparse file: as large as the limit says, without writing its bytes.
    const huge = join(folder, 'huge.png');
    writeFileSync(huge, '');
    truncateSync(huge, LIMITS.mediaBytes + 1);
    await t.call('channels.add', { network: 'bluesky', displayName: 'Sky', handle: 'sky.bsky.social' });
    const csv = [
      'text,date,time,channels,images',
      `Bread,2026-12-02,10:00,Sky,${photo}`,
      'Bread 2,2026-12-02,11:00,Sky,photos/bread.png',
      `Bread 3,2026-12-02,12:00,Sky,${join(folder, 'gone.png')}`,
      `Bread 4,2026-12-02,13:00,Sky,${huge}`,
    ].join('\n');
    expect(problemsOf(await preview(t, csv))).toEqual([
      { line: 2, problems: [] },
      { line: 3, problems: ['postFiles.row.imageNotAbsolute'] },
      { line: 4, problems: ['postFiles.row.imageMissing'] },
      { line: 5, problems: ['errors.media.tooLarge'] },
    ]);
  });

  it('finds duplicates in the file and against planned posts', async ({ t, channels }) => {
    const first = 'text,date,time,channels\nOpen today,2026-12-03,08:00,Bakery Sky\n';
    await t.call('postImport.commit', { fileName: 'first.csv', csvText: first });
    const csv = [
      'text,date,time,channels',
      'Open today,2026-12-03,08:00,"Bakery Sky, Bakery Toots"',
      'Cake day,2026-12-04,08:00,Bakery Toots',
      'Cake day ,2026-12-04,08:00,Bakery Toots',
      'Cake day,2026-12-04,09:00,Bakery Toots',
    ].join('\n');
    const result = await preview(t, csv);
    expect(problemsOf(result)).toEqual([
      { line: 2, problems: ['postFiles.row.duplicateExisting'] },
      { line: 3, problems: [] },
      { line: 4, problems: ['postFiles.row.duplicateInFile'] },
      { line: 5, problems: [] },
    ]);
    expect(result.rows[2]!.problems[0]!.params).toEqual({ line: 3 });
    expect(channels.bluesky).toBeDefined();
  });

  it('follows the owner’s mapping, and says what is missing when no column holds the text', async ({
    t,
    channels,
  }) => {
    const csv = 'Words;When;Where\nHello;2026-12-05 10:00;Bakery X\n';
    const guessed = await preview(t, csv);
    expect(guessed.fileProblems.map((p) => p.key)).toEqual([
      'postFiles.file.noTextColumn',
      'postFiles.file.noDateColumn',
    ]);
    const mapped = await preview(t, csv, { text: 'Words', date: 'When', channels: 'Where', time: null });
    expect(mapped.rows).toEqual([
      expect.objectContaining({
        text: 'Hello',
        local: '2026-12-05T10:00',
        channelIds: [channels.x],
        problems: [],
      }),
    ]);
    expect(await preview(t, 'text,date,time,channels\n')).toMatchObject({
      fileProblems: [expect.objectContaining({ key: 'postFiles.file.noRows' })],
    });
  });
});

describe('the post CSV limits', () => {
  it('refuses a file of more rows than one import takes, saying to split it', async ({ t, channels }) => {
    const rows = Array.from(
      { length: POST_IMPORT_LIMITS.rows + 1 },
      (_, i) => `Post ${i},2026-12-02,10:00,x`,
    );
    const result = await preview(t, ['text,date,time,channels', ...rows].join('\n'));
    expect(result.fileProblems).toEqual([
      expect.objectContaining({ key: 'postFiles.file.tooManyRows', params: { count: 501, max: 500 } }),
    ]);
    expect(result).toMatchObject({ rows: [], importable: 0 });
    expect(channels.x).toBeDefined();
  });
});

describe('importing posts', () => {
  it('schedules every ready row on its channels and campaign, skips the others, and announces them', async ({
    t,
    channels,
    events,
  }) => {
    const campaign = await t.call('campaigns.create', { name: 'Winter Market', goal: 'sales' });
    const csv = [
      'text,date,time,channels,campaign',
      'Market opens,2026-12-05,10:00,"Bakery Sky; Bakery X",Winter Market',
      'Unknown,2026-12-05,11:00,Nowhere,',
    ].join('\n');
    const result = await t.call('postImport.commit', { fileName: 'week.csv', csvText: csv });
    expect(result.imported).toBe(1);
    const post = await t.call('posts.get', { id: result.postIds[0]! });
    expect(post).toMatchObject({
      body: 'Market opens',
      status: 'scheduled',
      kind: 'campaign',
      campaignId: campaign.id,
      scheduledLocal: '2026-12-05T10:00',
      scheduledTimeZone: 'America/New_York',
      scheduledAt: Date.parse('2026-12-05T15:00:00Z'),
    });
    expect(post.targets.map((target) => [target.channelId, target.state]).sort()).toEqual(
      [
        [channels.bluesky, 'scheduled'],
        [channels.x, 'scheduled'],
      ].sort(),
    );
    expect(events).toContainEqual({ type: 'post.changed', postId: post.id });
    const history = await t.call('activity.list', { postId: post.id });
    expect(history[0]!.message).toBe(
      'Imported from week.csv and scheduled for 2026-12-05 10:00 (America/New_York).',
    );
  });

  it('attaches the images, and imports nothing when one of them is not an image', async ({
    t,
    newFolder,
  }) => {
    const folder = newFolder();
    const photo = join(folder, 'bread.png');
    const fake = join(folder, 'fake.png');
    writeFileSync(
      photo,
      await sharp({ create: { width: 8, height: 6, channels: 3, background: '#0a0' } })
        .png()
        .toBuffer(),
    );
    writeFileSync(fake, 'not a picture');
    await t.call('channels.add', { network: 'bluesky', displayName: 'Sky', handle: 'sky.bsky.social' });
    const rows = (image: string) =>
      [
        'text,date,time,channels,images',
        `Bread,2026-12-02,10:00,Sky,${photo}`,
        `Fake,2026-12-02,11:00,Sky,${image}`,
      ].join('\n');

    expect(await t.errorOf('postImport.commit', { fileName: 'bad.csv', csvText: rows(fake) })).toMatchObject({
      code: 'INVALID_INPUT',
      key: 'errors.media.invalid',
    });
    expect(postCount(t)).toBe(0);

    const result = await t.call('postImport.commit', { fileName: 'good.csv', csvText: rows(photo) });
    expect(result.imported).toBe(2);
    const post = await t.call('posts.get', { id: result.postIds[0]! });
    expect(post.media).toEqual([expect.objectContaining({ fileName: 'bread.png', mimeType: 'image/png' })]);
  });

  it('refuses a file with nothing ready, saying what to do', async ({ t, channels }) => {
    const error = await t.errorOf('postImport.commit', {
      fileName: 'past.csv',
      csvText: 'text,date,time,channels\nOld,2026-01-01,10:00,Bakery Sky\n',
    });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', key: 'postFiles.file.nothingToImport' });
    expect(channels.bluesky).toBeDefined();
    expect(postCount(t)).toBe(0);
  });
});
