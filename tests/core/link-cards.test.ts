// Link cards: which addresses may be read, the limits on reading, and the card the tags give.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkCardReader, PAGE_BYTE_LIMIT } from '../../src-main/core/link-cards/link-card-reader';
import { readPage, systemLookup } from '../../src-main/core/link-cards/page-reader';
import { isPublicAddress } from '../../src-main/core/link-cards/public-address';
import { htmlPage, imageRoute, redirectTo, startLinkPages, type LinkPages } from '../support/link-pages';

let pages: LinkPages;
const anyAddress = () => true;

beforeAll(async () => {
  pages = await startLinkPages();
  pages.route(
    '/menu',
    htmlPage({
      'og:title': 'Winter menu',
      'og:description': 'Soups &amp; stews, every day',
      'og:image': '/menu.png',
    }),
  );
  pages.route(
    '/menu.png',
    imageRoute(
      await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#c92a2a' } })
        .png()
        .toBuffer(),
    ),
  );
});

afterAll(() => pages.stop());

describe('which addresses a card may be read from', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.251',
    '255.255.255.255',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '::ffff:1.1.1.1'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('refuses loopback by default, by literal address and by a name that resolves to it', async () => {
    const reader = new LinkCardReader();
    expect(await reader.cardFor(`${pages.origin}/menu`)).toBeNull();
    const port = new URL(pages.origin).port;
    expect(await reader.cardFor(`http://localhost:${port}/menu`)).toBeNull();
    expect(pages.asked).not.toContain('/menu');
  });

  it('checks the address again on a redirect, before connecting', async () => {
    const port = new URL(pages.origin).port;
    pages.route('/to-v6-loopback', redirectTo(`http://[::1]:${port}/menu`));
    const seen: string[] = [];
    const reader = new LinkCardReader({
      guard: (address) => {
        seen.push(address);
        return address === '127.0.0.1';
      },
    });
    expect(await reader.cardFor(`${pages.origin}/to-v6-loopback`)).toBeNull();
    expect(seen).toEqual(['127.0.0.1', '::1']);
  });

  it('reads only http and https addresses', async () => {
    const reader = new LinkCardReader({ guard: anyAddress });
    expect(await reader.cardFor('file:///etc/passwd')).toBeNull();
    expect(await reader.cardFor('ftp://127.0.0.1/menu')).toBeNull();
  });
});

describe('reading a card', () => {
  const reader = new LinkCardReader({ guard: anyAddress });

  it('gives the title, description and absolute picture address from OpenGraph tags', async () => {
    expect(await reader.cardFor(`${pages.origin}/menu`)).toEqual({
      url: `${pages.origin}/menu`,
      title: 'Winter menu',
      description: 'Soups & stews, every day',
      imageUrl: `${pages.origin}/menu.png`,
    });
  });

  it('falls back on Twitter tags', async () => {
    pages.route(
      '/tweet-tags',
      htmlPage({ 'twitter:title': 'Opening hours', 'twitter:description': 'Mon–Sat' }),
    );
    expect(await reader.cardFor(`${pages.origin}/tweet-tags`)).toMatchObject({
      title: 'Opening hours',
      description: 'Mon–Sat',
      imageUrl: null,
    });
  });

  it('finds the first link in a post, also written without a scheme', async () => {
    const port = new URL(pages.origin).port;
    const card = await reader.cardForText(
      `Our menu: http://localhost:${port}/menu and more at www.example.invalid`,
    );
    expect(card).toMatchObject({ title: 'Winter menu' });
    expect(await reader.cardForText('No link here')).toBeNull();
  });

  it('follows up to three redirects and no more', async () => {
    pages.route('/r1', redirectTo('/r2'));
    pages.route('/r2', redirectTo('/r3'));
    pages.route('/r3', redirectTo('/menu'));
    pages.route('/r0', redirectTo('/r1'));
    expect(await reader.cardFor(`${pages.origin}/r1`)).toMatchObject({
      title: 'Winter menu',
      url: `${pages.origin}/r1`,
    });
    expect(await reader.cardFor(`${pages.origin}/r0`)).toBeNull();
  });

  it('reads at most 1 MB of a page and still finds the tags in its head', async () => {
    pages.route('/huge', htmlPage({ 'og:title': 'Huge page' }, 'x'.repeat(3 * PAGE_BYTE_LIMIT)));
    const page = await readPage(`${pages.origin}/huge`, {
      guard: anyAddress,
      lookup: systemLookup,
      maxBytes: PAGE_BYTE_LIMIT,
      timeoutMs: 10_000,
    });
    expect(page.cut).toBe(true);
    expect(page.bytes.byteLength).toBe(PAGE_BYTE_LIMIT);
    expect(await reader.cardFor(`${pages.origin}/huge`)).toMatchObject({ title: 'Huge page' });
  });

  it('gives up on a page that does not answer within the time limit', async () => {
    pages.route('/silent', () => undefined);
    const impatient = new LinkCardReader({ guard: anyAddress, timeoutMs: 200 });
    expect(await impatient.cardFor(`${pages.origin}/silent`)).toBeNull();
  });

  it('takes the page title when there are no tags', async () => {
    pages.route('/plain', (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><head><title>Plain shop</title></head></html>');
    });
    expect(await reader.cardFor(`${pages.origin}/plain`)).toMatchObject({
      title: 'Plain shop',
      description: '',
    });
  });

  it('gives no card for a page without a title, an error page or something not HTML', async () => {
    pages.route('/untitled', htmlPage({ 'og:description': 'Only a description' }));
    pages.route('/broken', (_request, response) => void response.writeHead(500).end());
    expect(await reader.cardFor(`${pages.origin}/untitled`)).toBeNull();
    expect(await reader.cardFor(`${pages.origin}/broken`)).toBeNull();
    expect(await reader.cardFor(`${pages.origin}/menu.png`)).toBeNull();
  });

  it('fits the picture inside the given side and byte size as JPEG', async () => {
    const card = (await reader.cardFor(`${pages.origin}/menu`))!;
    const picture = await reader.pictureFor(card, 1000, 1_000_000);
    expect(picture).toMatchObject({ mimeType: 'image/jpeg', width: 1000, height: 500 });
    expect((await sharp(picture!.bytes).metadata()).format).toBe('jpeg');
  });
});
