// The composer's link card, through the IPC channel: what the core reads, and what it refuses.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { test } from '../support/core-fixture';
import { htmlPage, imageRoute, startLinkPages, type LinkPages } from '../support/link-pages';

let pages: LinkPages;

beforeAll(async () => {
  pages = await startLinkPages();
  pages.route(
    '/menu',
    htmlPage({ 'og:title': 'Winter menu', 'og:description': 'Soups', 'og:image': '/menu.png' }),
  );
  const picture = await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#2f9e44' } })
    .png()
    .toBuffer();
  pages.route('/menu.png', imageRoute(picture));
});

afterAll(() => pages.stop());

describe('previews.linkCard', () => {
  test('refuses to read a page on this computer, as the app is started', async ({ t }) => {
    expect(await t.call('previews.linkCard', { url: `${pages.origin}/menu` })).toBeNull();
    expect(pages.asked).toEqual([]);
  });

  describe('with loopback allowed for the test page', () => {
    test.override({ coreOptions: { linkCardGuard: (address) => address === '127.0.0.1' } });

    test('gives the title, description and a small picture the renderer shows as it is', async ({ t }) => {
      const card = await t.call('previews.linkCard', { url: `${pages.origin}/menu` });
      expect(card).toMatchObject({
        url: `${pages.origin}/menu`,
        title: 'Winter menu',
        description: 'Soups',
        pictureDataUrl: expect.stringMatching(/^data:image\/jpeg;base64,/),
      });
      const bytes = Buffer.from(card!.pictureDataUrl!.split(',')[1]!, 'base64');
      expect(await sharp(bytes).metadata()).toMatchObject({ width: 600, height: 300 });
    });

    test('gives null for a page that is not there', async ({ t }) => {
      expect(await t.call('previews.linkCard', { url: `${pages.origin}/nothing` })).toBeNull();
    });

    test('refuses an address that is not one, in plain words', async ({ t }) => {
      expect(await t.errorOf('previews.linkCard', { url: '' })).toMatchObject({ code: 'INVALID_INPUT' });
    });
  });
});
