// The full export and its import: one zip with a JSON file per table, the images, the brand kit
// and a README; imported into a fresh profile it gives back every table and image equal. A
// profile that has posts, and a file that is not a sound export, are refused with nothing changed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect } from 'vitest';
import { readTables } from '../../src-main/core/backups/table-rows';
import { importKit } from '../../src-main/shared/brand-kit/kit';
import { it } from '../support/core-fixture';
import { tinyPng } from '../support/crafted-images';
import type { TestCore } from '../support/test-core';

const image = await tinyPng();
const otherImage = Buffer.concat([image, Buffer.alloc(64, 3)]);

/** A profile with something in every corner: posts in each state, images, a campaign, the kit. */
async function fillProfile(t: TestCore): Promise<void> {
  await t.call('profile.update', { name: 'Corner Bakery', timeZone: 'Europe/Berlin' });
  const channel = await t.call('channels.add', {
    network: 'mastodon',
    displayName: 'Shop',
    handle: '@shop@x.example',
  });
  const campaign = await t.call('campaigns.create', { name: 'Winter Market', goal: 'sales' });
  await t.call('spend.add', {
    campaignId: campaign.id,
    date: '2026-11-24',
    amountMinor: 1200,
    currency: 'EUR',
  });
  const draft = await t.call('posts.create', { body: 'Fresh rye on Saturday', channelIds: [channel.id] });
  for (const [bytes, name] of [
    [image, 'rye.png'],
    [otherImage, 'loaf.png'],
  ] as const) {
    await t.call('media.add', {
      postId: draft.id,
      fileName: name,
      mimeType: 'image/png',
      dataBase64: bytes.toString('base64'),
      altText: `Photo ${name}`,
    });
  }
  const scheduled = await t.call('posts.create', { body: 'Market opens at 9', channelIds: [channel.id] });
  await t.call('posts.setCampaign', { postId: scheduled.id, campaignId: campaign.id });
  await t.call('posts.schedule', { id: scheduled.id, local: '2026-12-05T09:00', timeZone: 'Europe/Berlin' });
  await t.call('savedReplies.create', { title: 'Hours', body: 'We open at 8.' });
  await t.call('settings.update', { graceWindowMinutes: 30 });
  const kit = await t.call('brandKit.get');
  await t.call('brandKit.update', { ...kit, voice: 'Warm and plain', preferWords: ['fresh'] });
}

/** Every table's rows in a stable order, for comparing two profiles. */
function contentOf(t: TestCore) {
  const tables = readTables(t.core.database.db);
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, rows.map((row) => JSON.stringify(row)).sort()]),
  );
}

describe('the full export', () => {
  it('is one zip of JSON per table, the images, the brand kit and a README', async ({ t, dataDir }) => {
    await fillProfile(t);
    const exported = (await t.call('data.export'))!;
    expect(exported).toMatchObject({
      posts: 2,
      images: 2,
      file: expect.stringMatching(/cadence-export-.*\.zip$/),
    });
    expect(exported.file.startsWith(join(dataDir, 'backups'))).toBe(true);

    const entries = unzipSync(readFileSync(exported.file));
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining([
        'README.txt',
        'manifest.json',
        'brand-kit.json',
        'data/posts.json',
        'data/media.json',
      ]),
    );
    expect(strFromU8(entries['README.txt']!)).toContain('data/<table>.json');
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!));
    expect(manifest).toMatchObject({ format: 'cadence.export', version: 1, images: 2 });
    expect(manifest.tables.posts).toBe(2);
    const posts = JSON.parse(strFromU8(entries['data/posts.json']!)) as Array<{ body: string }>;
    expect(posts.map((post) => post.body).sort()).toEqual(['Fresh rye on Saturday', 'Market opens at 9']);
    const kit = importKit(strFromU8(entries['brand-kit.json']!));
    expect(kit.voice).toBe('Warm and plain');
    const images = Object.keys(entries).filter((path) => path.startsWith('images/'));
    expect(images.map((path) => Buffer.from(entries[path]!)).sort(Buffer.compare)).toEqual(
      [image, otherImage].sort(Buffer.compare),
    );
  });

  it('imports into a fresh profile equal, images included', async ({ t, startCore }) => {
    await fillProfile(t);
    const exported = (await t.call('data.export'))!;
    const fresh = startCore({ clock: t.clock });

    expect(await fresh.call('data.import', { file: exported.file })).toEqual({
      posts: 2,
      images: 2,
      channels: 1,
    });
    expect(contentOf(fresh)).toEqual(contentOf(t));
    const media = await t.call('posts.listDrafts', {});
    for (const { sha256 } of (await t.call('posts.get', { id: media[0]!.id })).media) {
      expect(readFileSync(fresh.core.mediaPath(sha256))).toEqual(readFileSync(t.core.mediaPath(sha256)));
    }
    // The fresh profile was kept as it was, in case the import was a mistake.
    expect((await fresh.call('backups.list')).backups).toEqual([
      expect.objectContaining({ kind: 'before-restore', posts: 0 }),
    ]);
  });

  it('asks where to save and which export to import in the system dialogs', async ({
    startCore,
    newFolder,
  }) => {
    const folder = newFolder();
    const target = join(folder, 'everything.zip');
    const app = startCore({ filePicker: picker(target) });
    await app.call('posts.create', { body: 'Kept' });
    expect((await app.call('data.export'))!.file).toBe(target);
    const fresh = startCore({ filePicker: picker(target) });
    expect(await fresh.call('data.import', {})).toMatchObject({ posts: 1 });
    const cancelled = startCore({ filePicker: picker(null) });
    expect(await cancelled.call('data.export')).toBeNull();
    expect(await cancelled.call('data.import', {})).toBeNull();
  });
});

describe('importing', () => {
  it('is refused, in plain words, into a profile that has posts', async ({ t, startCore }) => {
    const other = startCore();
    await other.call('posts.create', { body: 'From elsewhere' });
    const exported = (await other.call('data.export'))!;
    await t.call('posts.create', { body: 'Mine' });
    const before = contentOf(t);
    expect(await t.errorOf('data.import', { file: exported.file })).toEqual({
      code: 'CONFLICT',
      key: 'backups.import.hasPosts',
      message:
        'Cadence imports an export only into a profile with no posts yet, so nothing you have is mixed up or lost. Open Cadence on a new data folder to import it, or restore a backup instead.',
    });
    expect(contentOf(t)).toEqual(before);
  });

  it('refuses a file that is not a sound export and changes nothing', async ({ t, startCore, newFolder }) => {
    const other = startCore();
    await other.call('posts.create', { body: 'Exported' });
    const exported = (await other.call('data.export'))!;
    const entries = unzipSync(readFileSync(exported.file));
    const folder = newFolder();
    const write = (name: string, bytes: Uint8Array) => {
      const file = join(folder, name);
      writeFileSync(file, bytes);
      return file;
    };
    const truncated = write('truncated.zip', readFileSync(exported.file).subarray(0, 200));
    const noManifest = write('other.zip', zipSync({ 'notes.txt': new Uint8Array([104, 105]) }));
    const badRow = write(
      'bad-row.zip',
      zipSync({ ...entries, 'data/posts.json': new TextEncoder().encode('[{"id": 7, "body": "x"}]') }),
    );
    const posts = JSON.parse(strFromU8(entries['data/posts.json']!)) as unknown[];
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!));
    const twice = write(
      'same-post-twice.zip',
      zipSync({
        ...entries,
        'data/posts.json': strToU8(JSON.stringify([...posts, ...posts])),
        'manifest.json': strToU8(JSON.stringify({ ...manifest, tables: { ...manifest.tables, posts: 2 } })),
      }),
    );
    const before = contentOf(t);

    expect(await t.errorOf('data.import', { file: twice })).toMatchObject({
      code: 'INVALID_INPUT',
      key: 'backups.import.damaged',
      message: expect.stringMatching(/^This export is damaged \(UNIQUE constraint failed: posts\.id\)/),
    });
    expect(await t.errorOf('data.import', { file: truncated })).toMatchObject({
      key: 'backups.import.notExport',
    });
    expect(await t.errorOf('data.import', { file: noManifest })).toMatchObject({
      key: 'backups.import.notExport',
    });
    expect(await t.errorOf('data.import', { file: badRow })).toEqual({
      code: 'INVALID_INPUT',
      key: 'backups.import.damaged',
      params: { detail: 'posts, row 1: id' },
      message: 'This export is damaged (posts, row 1: id). Nothing was changed.',
    });
    expect(await t.errorOf('data.import', { file: join(folder, 'missing.zip') })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await t.errorOf('data.import', { file: 'relative.zip' })).toMatchObject({
      key: 'backups.import.notAbsolute',
    });
    expect(contentOf(t)).toEqual(before);
    expect(readdirSync(t.dataDir).filter((name) => name.includes('importing'))).toEqual([]);
    expect(existsSync(join(t.dataDir, 'backups'))).toBe(false);
  });
});

function picker(answer: string | null) {
  return {
    chooseFolder: async () => answer,
    chooseExportFile: async () => answer,
    chooseImportFile: async () => answer,
  };
}
