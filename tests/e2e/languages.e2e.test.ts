// Cadence in other languages, screen by screen, against the real core in Chromium. In the
// pseudo-locale (en-XA) every catalog string comes out accented and bracketed, so a text on any
// screen outside the brackets, other than the owner's own data and brand names, was never
// translated. In German (the browser's language, as an owner in Germany has it) no English may
// be left. Both tours visit every screen with a channel, a draft and a scheduled post in place,
// and the "Post it now" panel of a reminder due on a TikTok "Remind me" channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAt } from '../../src-main/shared/zoned-time';
import { de } from '../../src-renderer/src/i18n/de';
import { en } from '../../src-renderer/src/i18n/en';
import { pseudoCatalog } from '../../src-renderer/src/i18n/pseudo';
import { LanguageTour, SECTIONS, type Words } from './pages/language-tour';
import { startApp, type AppHarness } from './support/app-harness';
import { englishLeft, screenTexts, untranslated } from './support/screen-words';

const ZONE = 'Europe/Berlin';

interface Language {
  locale: string;
  words: Words;
  /** The owner's data, which reads the same in every language. */
  data: { channel: string; handle: string; draft: string; scheduled: string };
  /** The texts on screen that are not in the language, data set aside. */
  offending(texts: readonly string[], data: readonly (string | RegExp)[]): string[];
}

const LANGUAGES: Record<string, Language> = {
  pseudo: {
    locale: 'en-XA',
    words: pseudoCatalog(en),
    data: { channel: 'Corner Bakery', handle: 'corner.bsky.social', draft: 'Sourdough', scheduled: 'Rye' },
    offending: untranslated,
  },
  German: {
    locale: 'de-DE',
    words: de,
    data: { channel: 'Bäckerei Sonne', handle: 'sonne.bsky.social', draft: 'Brezeln', scheduled: 'Roggen' },
    offending: englishLeft,
  },
};

/**
 * Data the screens show as it is: the owner's words, time zone names (as IANA writes them), the
 * disclosure a new brand kit asks campaign posts for, and the backup folder's path.
 */
function dataOf(language: Language): Array<string | RegExp> {
  return [
    ...Object.values(language.data),
    '#ad',
    /\b[A-Z][A-Za-z_-]+\/[A-Za-z_/+-]+\b/g,
    /\bUTC\b/g,
    /\b(?:GMT|Etc)[+-]?\d*\b/g,
    /(?<![\w.])\/[\w./-]+/g,
  ];
}

describe.each(Object.entries(LANGUAGES))('Cadence in %s', (_name, language) => {
  let app: AppHarness;
  let tour: LanguageTour;
  let scheduledId: string;
  const data = dataOf(language);

  const expectScreenInLanguage = async (screen: string) => {
    await expect
      .poll(async () => ({ screen, left: language.offending(await screenTexts(app.page), data) }))
      .toEqual({ screen, left: [] });
  };

  beforeAll(async () => {
    app = await startApp({ timeZone: ZONE, locale: language.locale });
    const { channel, handle, draft, scheduled } = language.data;
    const added = await app.call('channels.add', { network: 'bluesky', displayName: channel, handle });
    await app.call('posts.create', { body: draft, channelIds: [added.id] });
    const post = await app.call('posts.create', { body: scheduled, channelIds: [added.id] });
    const today = localAt(app.clock.now(), ZONE);
    const day = Math.min(today.day + 1, 28);
    const local = `${today.year}-${String(today.month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00`;
    await app.call('posts.schedule', { id: post.id, local, timeZone: ZONE });
    scheduledId = post.id;
    // A piece, so the library shows its kind's heading (the piece's own words are the owner's).
    await app.call('library.create', { kind: 'hashtags', name: draft, body: draft });
    await app.page.reload();
    tour = new LanguageTour(app.page, language.words);
    await tour.waitUntilOpen();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows every section in the language', async () => {
    for (const section of SECTIONS) {
      await tour.goTo(section);
      if (section === 'calendar') await tour.waitForData(language.data.scheduled);
      if (section === 'drafts' || section === 'search') await tour.waitForData(language.data.draft);
      if (section === 'settings') await tour.waitForData(language.data.channel);
      await expectScreenInLanguage(section);
    }
    expect(app.browserErrors).toEqual([]);
  });

  it('shows the week, the composer on a saved post and on a new one, and the bulk actions, in the language', async () => {
    await tour.goTo('calendar');
    await tour.showWeek();
    await tour.waitForData(language.data.scheduled);
    await expectScreenInLanguage('calendar week');
    // The scheduled post is due tomorrow at 9:00: "Will it go out?" lists it, in the language.
    await tour.openPreflight();
    await expectScreenInLanguage('calendar with Will it go out? open');

    await tour.goTo('drafts');
    await tour.main.getByText(language.data.draft).first().click();
    await tour.main.getByRole('heading', { level: 1, name: language.words.composer.editPost }).waitFor();
    await expectScreenInLanguage('composer');

    await tour.goTo('search');
    await tour.waitForData(language.data.draft);
    await tour.selectInSearch();
    await expectScreenInLanguage('search with a post selected');
    // The toast that offers Undo, and what it says once the post is back.
    await tour.deleteSelected();
    await expectScreenInLanguage('search with the undo toast');
    await tour.undoLastChange();
    await expectScreenInLanguage('search after undo');

    await tour.newPost();
    await expectScreenInLanguage('new post');
    expect(app.browserErrors).toEqual([]);
  });

  it('shows a custom repeat, weekly and monthly, in the language', async () => {
    await tour.openFromCalendar(scheduledId);
    await tour.chooseCustomRepeat('weeks');
    await expectScreenInLanguage('composer with a custom weekly repeat');
    await tour.chooseCustomRepeat('months');
    await expectScreenInLanguage('composer with a custom monthly repeat');
    expect(app.browserErrors).toEqual([]);
  });

  it('shows the forms to connect and add a channel, and the stage review, in the language', async () => {
    await tour.goTo('settings');
    await tour.openChannelForms();
    await expectScreenInLanguage('settings with the channel forms');
    await tour.reviewStage();
    await expectScreenInLanguage('business stage review');
    expect(app.browserErrors).toEqual([]);
  });

  it('shows the "Post it now" panel of a TikTok reminder in the language', async () => {
    const tiktok = await app.call('channels.connect', { network: 'reminder', preset: 'tiktok' });
    const post = await app.call('posts.create', { body: language.data.scheduled, channelIds: [tiktok.id] });
    const inAMinute = localAt(app.clock.now() + 60_000, ZONE);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${inAMinute.year}-${pad(inAMinute.month)}-${pad(inAMinute.day)}T${pad(inAMinute.hour)}:${pad(inAMinute.minute)}`;
    await app.call('posts.schedule', { id: post.id, local, timeZone: ZONE });
    app.clock.advance(60_000);
    await app.core.whenIdle();
    await app.syncBrowserClock();
    await app.page.getByRole('heading', { level: 2, name: language.words.reminders.title_one }).waitFor();
    await expectScreenInLanguage('post it now');
    expect(app.browserErrors).toEqual([]);
  });

  it('asks the first-run questions in the language', async () => {
    const first = await startApp({
      timeZone: ZONE,
      locale: language.locale,
      firstRun: true,
      browser: app.browser,
    });
    try {
      const welcome = new LanguageTour(first.page, language.words);
      await welcome.heading.filter({ hasText: language.words.onboarding.welcome }).waitFor();
      await expect.poll(async () => language.offending(await screenTexts(first.page), data)).toEqual([]);
      expect(first.browserErrors).toEqual([]);
    } finally {
      await first.close();
    }
  });
});

describe('the language setting', () => {
  let app: AppHarness;

  afterAll(async () => {
    await app?.close();
  });

  it('switches an English browser to German from Settings, keeps it after a reload, and goes back', async () => {
    app = await startApp({ timeZone: ZONE, locale: 'en-US' });
    const english = new LanguageTour(app.page, en);
    const german = new LanguageTour(app.page, de);
    await english.waitUntilOpen();
    await english.goTo('settings');
    await expect.poll(() => english.languageChoice.inputValue()).toBe('system');

    await english.languageChoice.selectOption('de');
    await german.sidebar.getByRole('button', { name: de.common.nav.calendar }).waitFor();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await app.call('settings.get')).toMatchObject({ language: 'de' });

    await app.page.reload();
    await german.waitUntilOpen();
    await german.goTo('settings');
    await expect.poll(() => german.languageChoice.inputValue()).toBe('de');

    await german.languageChoice.selectOption('system');
    await english.sidebar.getByRole('button', { name: en.common.nav.calendar }).waitFor();
    expect(await app.call('settings.get')).toMatchObject({ language: 'system' });
    expect(app.browserErrors).toEqual([]);
  });
});
