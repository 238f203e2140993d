// The plan as a new owner meets it, in Chromium against the real core, in New York on
// Wednesday 2026-11-25 (en-US, so weeks start on Sunday): the first-run questions and the
// proposed stage, the owner's own choice, the Now items, a published post checked off, the
// balance gauge moving, and the brand kit saved, exported and imported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { BrandKitPage } from './pages/brand-kit-page';
import { ComposerKit } from './pages/composer-kit';
import { ComposerPage } from './pages/composer-page';
import { OnboardingPage } from './pages/onboarding-page';
import { PlanPage } from './pages/plan-page';
import { startApp, type AppHarness } from './support/app-harness';

const ZONE = 'America/New_York';
const PUBLISH = 'Publish 3 posts this week';
const AUDIENCE = 'Name your audience and one goal';

let app: AppHarness;
let shell: AppPage;
let onboarding: OnboardingPage;
let plan: PlanPage;
let kit: BrandKitPage;

beforeAll(async () => {
  app = await startApp({ timeZone: ZONE, firstRun: true });
  shell = new AppPage(app.page);
  onboarding = new OnboardingPage(app.page);
  plan = new PlanPage(app.page);
  kit = new BrandKitPage(app.page);
  await shell.waitUntilLoaded();
});

afterAll(async () => {
  await app?.close();
});

/** A post on the channel, scheduled later today and then marked published now, as the outbox would. */
async function publishedPost(channelId: string, body: string, kind: 'organic' | 'campaign'): Promise<string> {
  const post = await app.call('posts.create', { body, channelIds: [channelId], kind });
  await app.call('posts.schedule', { id: post.id, local: '2026-11-25T18:00', timeZone: ZONE });
  const db = app.core.database.sqlite;
  db.prepare("UPDATE posts SET status = 'published' WHERE id = ?").run(post.id);
  db.prepare("UPDATE post_targets SET state = 'published', published_at = ? WHERE post_id = ?").run(
    app.clock.now(),
    post.id,
  );
  return post.id;
}

describe('the plan for a new owner', () => {
  it('asks the first-run questions on an empty data folder and proposes a stage with its reason', async () => {
    await expect.poll(() => onboarding.heading.textContent()).toBe('Welcome to Cadence');
    await expect.poll(() => onboarding.proposal.textContent()).toMatch(/Answer the questions/);

    await onboarding.answer('How long have you been posting for the business?', '6 months to 2 years');
    await onboarding.answer('How many followers do you have in total, across all channels?', '500 to 5,000');
    await onboarding.answer('Who does the social media work?', 'Me, on my own');
    await onboarding.answer('How much do you spend on ads each month, in your currency?', 'Less than 200');
    await onboarding.answer('What do you want most right now?', 'To turn followers into sales');
    await expect
      .poll(() => onboarding.proposal.textContent())
      .toBe(
        'We suggest: Growing — You have an audience to build on and want sales, so targeted campaigns become key.',
      );

    // The proposal follows the answers as they change.
    await onboarding.answer('How long have you been posting for the business?', 'Less than 6 months');
    await expect
      .poll(() => onboarding.proposal.textContent())
      .toBe(
        'We suggest: Starting — You are early on, so a consistent presence and answering your community come first.',
      );
    await expect.poll(() => shell.errorMessages()).toEqual([]);
  });

  it('starts the plan with the stage the owner chose instead, and the week of their locale', async () => {
    await onboarding.chooseDifferentStage('Growing');
    await app.page.getByText('Your plan will use Growing, your choice.').waitFor();
    await onboarding.start();

    await plan.waitUntilLoaded();
    await expect.poll(() => shell.currentSection()).toBe('Plan');
    await expect.poll(() => plan.stage()).toBe('Growing');
    await expect.poll(() => plan.stageReason()).toMatch(/^You chose this stage\. It aims for about 40 \/ 60/);
    const saved = await app.call('onboarding.get');
    expect(saved).toMatchObject({ stage: 'growing', stageSource: 'owner', weekStartsOn: 0 });
    expect(saved.onboardedAt).not.toBeNull();
    expect(saved.answers?.monthsPosting).toBe('under-6-months');

    // Changing the stage on the plan re-sizes it.
    await plan.changeStage('Starting');
    await expect.poll(() => plan.stage()).toBe('Starting');
    await expect.poll(() => plan.stageReason()).toMatch(/about 80 \/ 20/);
  });

  it('shows the Now items with why, state and what to do next', async () => {
    await expect
      .poll(() => plan.itemTitles('Now'))
      .toEqual(expect.arrayContaining(['Connect a channel', 'Write your brand voice kit', PUBLISH]));
    const publish = plan.item(PUBLISH);
    await expect.poll(() => plan.itemMeta(PUBLISH)).toMatch(/^Not started.*0 of 3 posts published this week/);
    await expect
      .poll(() => publish.getByText('Checked automatically from your activity').isVisible())
      .toBe(true);
    await expect.poll(() => publish.getByRole('checkbox').count()).toBe(0);
    await expect.poll(() => publish.getByText('Management').isVisible()).toBe(true);

    // Something Cadence cannot check yet says what unlocks it, with no progress shown.
    const unavailable = plan.main.locator('li.plan-item[data-state="unavailable"]').first();
    await expect.poll(() => unavailable.textContent()).toMatch(/Available once you/);
    await expect.poll(() => unavailable.locator('.plan-item-meta').count()).toBe(0);

    // The next action goes there: a new post in the composer.
    await plan.action(PUBLISH).click();
    const composer = new ComposerPage(app.page);
    await composer.waitUntilLoaded();
    await expect.poll(() => composer.heading.textContent()).toBe('New post');
    await shell.goTo('Plan');
  });

  it('ticks “publish N posts” from published posts and moves the balance gauge', async () => {
    await expect.poll(() => plan.gaugeValue()).toBe(0);
    await expect.poll(() => plan.balanceSentence()).toMatch(/^No work counted this week yet\./);

    const channel = await app.call('channels.add', {
      network: 'bluesky',
      displayName: 'Bakery',
      handle: 'bakery.bsky.social',
    });
    for (const body of ['Rye on Monday', 'Pumpkin loaf', 'Open late Friday']) {
      await publishedPost(channel.id, body, 'organic');
    }
    // Marked behind the core's back, so no event tells the page: reopen it, as after a restart.
    await app.open();
    await shell.waitUntilLoaded();
    await shell.goTo('Plan');

    await expect.poll(() => plan.item(PUBLISH).getAttribute('data-state')).toBe('done');
    await expect.poll(() => plan.itemMeta(PUBLISH)).toMatch(/^Done.*3 of 3 posts published this week/);
    await expect.poll(() => plan.gaugeValue()).toBe(100);
    await expect.poll(() => plan.balanceSentence()).toMatch(/^This week: 100% management, 0% marketing\./);

    // A hand-ticked marketing item moves the gauge at once, and can be unticked.
    await plan.checkbox(AUDIENCE).check();
    await expect.poll(() => plan.gaugeValue()).toBe(75);
    await expect
      .poll(() => plan.balanceSentence())
      .toMatch(/^This week: 75% management, 25% marketing\. Starting aims for about 80 \/ 20/);
    await expect
      .poll(() => plan.gauge.getAttribute('aria-valuetext'))
      .toBe('75% management, 25% marketing; target 80 / 20');
    await plan.checkbox(AUDIENCE).uncheck();
    await expect.poll(() => plan.gaugeValue()).toBe(100);
    await expect.poll(() => plan.checkbox(AUDIENCE).isChecked()).toBe(false);
  });

  it('saves the brand kit, exports it, refuses a wrong file and imports it back', async () => {
    await plan.action('Write your brand voice kit').click();
    await kit.waitUntilLoaded();
    await kit.voice.fill('Warm and neighbourly, never pushy.');
    await kit.avoid('cheap', 'good value');
    await kit.save();
    await expect.poll(() => kit.avoidList.textContent()).toMatch(/cheap.*good value/);
    await expect.poll(() => kit.terms('Campaign posts must include').textContent()).toMatch(/#ad/);

    const exported = await kit.export();
    expect(exported.fileName).toMatch(/\.json$/);
    expect(JSON.parse(exported.text)).toMatchObject({
      kit: {
        voice: 'Warm and neighbourly, never pushy.',
        avoidWords: [{ term: 'cheap', suggestion: 'good value' }],
      },
    });

    await kit.import({ name: 'holiday-photos.json', text: '{"photos": []}' });
    await expect
      .poll(() => shell.waitForError(/not a Cadence brand kit/))
      .toMatch(/Export a kit from Cadence/);
    await expect.poll(() => kit.avoidList.textContent()).toMatch(/cheap/);
    await expect
      .poll(async () => (await app.call('brandKit.get')).avoidWords)
      .toEqual([{ term: 'cheap', suggestion: 'good value' }]);

    await kit.removeAvoided('cheap');
    await kit.save();
    await expect.poll(() => kit.avoidList.count()).toBe(0);
    await kit.import({ name: exported.fileName, text: exported.text });
    await kit.confirmation.filter({ hasText: `Imported the kit from ${exported.fileName}.` }).waitFor();
    await expect.poll(() => kit.avoidList.textContent()).toMatch(/cheap/);
    await expect.poll(() => kit.voice.inputValue()).toBe('Warm and neighbourly, never pushy.');
    await expect.poll(() => shell.errorMessages()).toEqual([]);
  });

  it('marks brand kit problems in the composer as the owner types, and asks before posting anyway', async () => {
    const composer = new ComposerPage(app.page);
    const composerKit = new ComposerKit(app.page);
    await shell.newPost();
    await composer.waitUntilLoaded();
    await composerKit.chooseKind('Campaign');
    await composer.type('Cheap rye today');
    await expect.poll(() => composerKit.summary.textContent()).toBe('2 things do not fit your brand kit.');
    await expect
      .poll(() => composerKit.problemMessages())
      .toEqual([
        '“Cheap” is on your list of words to avoid. Try “good value”.',
        'Campaign posts must include “#ad”. Add it, for example at the end.',
      ]);
    await expect.poll(() => composerKit.markedTexts()).toEqual(['Cheap']);
    await composerKit.show('“Cheap”');
    await expect.poll(() => composerKit.selection()).toEqual([0, 5]);

    await composer.pickChannel('Bakery');
    await composer.waitUntilSaved();
    await composer.schedule('2026-11-27', '09:00');
    await composerKit.postAnywayDialog.waitFor();
    await composerKit.fixFirst();
    await expect.poll(() => shell.waitForError(/Not scheduled/)).toMatch(/brand kit/);
    await expect.poll(() => composer.scheduledSummary.count()).toBe(0);

    await composer.text.press('End');
    await composer.type(' #ad');
    await expect.poll(() => composerKit.summary.textContent()).toBe('1 thing does not fit your brand kit.');
    await composer.waitUntilSaved();
    await composer.scheduleButton.click();
    await composerKit.postAnyway();
    await composer.scheduledSummary.waitFor();
    const post = await onlyPostWith('Cheap rye today #ad');
    expect(post).toMatchObject({ kind: 'campaign', status: 'scheduled' });
  });
});

async function onlyPostWith(body: string) {
  const from = Date.UTC(2026, 10, 20);
  const posts = await app.call('calendar.range', { from, to: from + 30 * 24 * 60 * 60 * 1000 });
  const matching = posts.filter((post) => post.excerpt === body);
  expect(matching).toHaveLength(1);
  return app.call('posts.get', { id: matching[0]!.id });
}

describe('skipping the first-run questions', () => {
  let fresh: AppHarness;

  beforeAll(async () => {
    fresh = await startApp({ timeZone: ZONE, firstRun: true });
    await new AppPage(fresh.page).waitUntilLoaded();
  });

  afterAll(async () => {
    await fresh?.close();
  });

  it('opens the app after “Skip for now”; Settings asks again and keeps the new answers', async () => {
    const freshShell = new AppPage(fresh.page);
    const questions = new OnboardingPage(fresh.page);
    await questions.answer('Who does the social media work?', 'A team or an agency');
    await questions.skip();
    await freshShell.heading.filter({ hasText: /\d{4}/ }).waitFor();
    await expect.poll(() => freshShell.currentSection()).toBe('Calendar');
    await expect.poll(async () => (await fresh.call('onboarding.get')).onboardedAt).not.toBeNull();

    await freshShell.goTo('Settings');
    await fresh.page.getByRole('button', { name: 'Review business stage' }).click();
    await questions.heading.filter({ hasText: 'Review your business stage' }).waitFor();
    await expect.poll(() => questions.answerOf('Who does the social media work?')).toBeNull();
    await questions.answer('How long have you been posting for the business?', 'More than 2 years');
    await questions.answer(
      'How many followers do you have in total, across all channels?',
      'More than 50,000',
    );
    await questions.answer('Who does the social media work?', 'A team or an agency');
    await questions.answer('How much do you spend on ads each month, in your currency?', '200 to 2,000');
    await questions.answer('What do you want most right now?', 'To reach new people');
    await expect.poll(() => questions.proposal.textContent()).toMatch(/^We suggest: Scaling — /);
    await questions.start();

    const freshPlan = new PlanPage(fresh.page);
    await freshPlan.waitUntilLoaded();
    await expect.poll(() => freshPlan.stage()).toBe('Scaling');
    await expect.poll(() => freshPlan.stageReason()).toMatch(/50,000 followers/);
    await freshShell.goTo('Settings');
    await fresh.page.getByRole('button', { name: 'Review business stage' }).click();
    await questions.heading.filter({ hasText: 'Review your business stage' }).waitFor();
    await expect
      .poll(() => questions.answerOf('How many followers do you have in total, across all channels?'))
      .toBe('More than 50,000');
  });
});
