// The tray against a real core (real SQLite, real migrations, publishing timer on) with a
// manual clock and scripted networks: what it says, and that it follows the core's events.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTray,
  TRAY_ICON_FILE,
  trayIconPath,
  trayRiskLine,
  trayStatusLines,
  type CadenceTray,
} from '../../src-main/tray';
import { ownerLanguage } from '../../src-main/owner-language';
import { wordsIn } from '../../src-main/shared/messages/words';
import { startOutboxHarness, type OutboxHarness } from '../support/outbox-harness';
import { HOUR } from '../support/time';
import { nativeImage, Tray } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

// Monday 2026-11-23, 08:00 in New York (EST, UTC-5), the business's zone.
const MONDAY_8AM = Date.parse('2026-11-23T13:00:00Z');
const TUESDAY_9AM = Date.parse('2026-11-24T14:00:00Z');
const ROOT = resolve(__dirname, '../..');

const open: Array<{ h: OutboxHarness; tray: CadenceTray }> = [];
afterEach(async () => {
  for (const { h, tray } of open.splice(0)) {
    tray.destroy();
    await h.dispose();
  }
});

async function startTray() {
  const h = startOutboxHarness({ start: MONDAY_8AM });
  const openWindow = vi.fn();
  const openSettings = vi.fn();
  const quit = vi.fn();
  const tray = createTray({
    core: h.core,
    clock: h.clock,
    iconPath: resolve(ROOT, 'resources', TRAY_ICON_FILE),
    openWindow,
    openSettings,
    quit,
    language: ownerLanguage(['en-US'], 'en-US'),
    debounceMs: 0,
  });
  open.push({ h, tray });
  const fake = Tray.instances.at(-1)!;
  await tray.refresh();
  return { h, tray, fake, openWindow, openSettings, quit };
}

/** Waits for the tray to catch up with the core on its own, through events only. */
async function untilTrayShows(fake: Tray, expected: string[]) {
  await vi.waitFor(() => expect(fake.labels).toEqual(expected));
}

describe('tray menu', () => {
  it('says nothing is scheduled on a fresh start, and offers to open or quit', async () => {
    const { fake } = await startTray();
    expect(fake.labels).toEqual(['Nothing scheduled', 'Open Cadence', 'Quit Cadence']);
    expect(fake.tooltip).toBe('Cadence\nNothing scheduled');
    expect(fake.menu?.items[0]).toMatchObject({ enabled: false });
    expect(fake.image).toMatchObject({ isEmpty: expect.any(Function) });
  });

  it('shows the next post in the business time zone and how many are queued', async () => {
    const { h, tray, fake } = await startTray();
    const channel = await h.connect('webhook');
    await h.schedule([channel], '2026-11-24T09:00');
    await h.schedule([channel], '2026-11-24T13:30');
    await h.schedule([channel], '2026-11-26T18:00');
    await tray.refresh();

    expect(fake.labels).toEqual(['Next post: Tue 9:00 AM', '3 posts queued', 'Open Cadence', 'Quit Cadence']);
    expect(fake.tooltip).toBe('Cadence\nNext post: Tue 9:00 AM\n3 posts queued');

    await h.call('profile.update', { timeZone: 'Europe/Berlin' });
    await untilTrayShows(fake, ['Next post: Tue 3:00 PM', '3 posts queued', 'Open Cadence', 'Quit Cadence']);
  });

  it('follows the core: a new post, a publish, going offline and a failure update it without asking', async () => {
    const { h, fake } = await startTray();
    const channel = await h.connect('webhook');
    await h.schedule([channel], '2026-11-24T10:00');
    await untilTrayShows(fake, ['Next post: Tue 10:00 AM', '1 post queued', 'Open Cadence', 'Quit Cadence']);

    await h.schedule([channel], '2026-11-24T09:00');
    await untilTrayShows(fake, ['Next post: Tue 9:00 AM', '2 posts queued', 'Open Cadence', 'Quit Cadence']);

    await h.runUntil(TUESDAY_9AM);
    expect(h.webhook.publishes).toHaveLength(1);
    // Within the next 24 hours now: "Will it go out?" says it needs Cadence running then.
    const due = 'Next 24 h: 1 post · 1 needs Cadence running at 10:00 AM';
    await untilTrayShows(fake, [
      'Next post: Tue 10:00 AM',
      due,
      '1 post queued',
      'Open Cadence',
      'Quit Cadence',
    ]);

    h.online.set(false);
    await untilTrayShows(fake, [
      'Next post: Tue 10:00 AM',
      due,
      '1 post queued',
      'Offline — will publish when online',
      'Open Cadence',
      'Quit Cadence',
    ]);

    h.webhook.scriptPublish({ kind: 'error', failure: 'auth', message: 'Reconnect the webhook.' });
    h.online.set(true);
    await h.runUntil(TUESDAY_9AM + HOUR);
    await untilTrayShows(fake, [
      'Nothing scheduled',
      '1 post needs your attention',
      'Open Cadence',
      'Quit Cadence',
    ]);
  });

  it('opens the window on a click of the icon or of "Open Cadence", and quits from "Quit Cadence"', async () => {
    const { fake, openWindow, quit } = await startTray();
    fake.emit('click');
    expect(openWindow).toHaveBeenCalledTimes(1);
    fake.clickItem('Open Cadence');
    expect(openWindow).toHaveBeenCalledTimes(2);
    expect(quit).not.toHaveBeenCalled();
    fake.clickItem('Quit Cadence');
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('asks to reconnect a channel whose sign-in was refused while posts wait, and opens Settings on a click', async () => {
    const { h, fake, openSettings, openWindow } = await startTray();
    const channel = await h.connect('webhook');
    await h.schedule([channel], '2026-11-24T09:00');
    await h.schedule([channel], '2026-11-26T09:00');
    h.webhook.scriptPublish({ kind: 'error', failure: 'auth', message: 'Reconnect the webhook.' });
    await h.runUntil(TUESDAY_9AM);
    const riskLine = 'Reconnect Webhook before Tue, Nov 24: 1 post at risk';
    await vi.waitFor(() => expect(fake.labels).toContain(riskLine));
    expect(fake.tooltip).toContain(riskLine);

    fake.clickItem(riskLine);
    expect(openSettings).toHaveBeenCalledTimes(1);
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('reads back what it shows, and nothing once destroyed', async () => {
    const { h, tray, fake } = await startTray();
    const channel = await h.connect('webhook');
    await h.schedule([channel], '2026-11-24T09:00');
    await tray.refresh();

    expect(tray.shown()).toEqual({ toolTip: fake.tooltip, menu: fake.labels });
    expect(tray.shown()?.menu).toEqual([
      'Next post: Tue 9:00 AM',
      '1 post queued',
      'Open Cadence',
      'Quit Cadence',
    ]);
    tray.destroy();
    expect(tray.shown()).toBeNull();
  });

  it('stops following the core once destroyed', async () => {
    const { h, tray, fake } = await startTray();
    tray.destroy();
    expect(fake.destroyed).toBe(true);
    const channel = await h.connect('webhook');
    await h.schedule([channel], '2026-11-24T09:00');
    await h.core.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.labels).toEqual(['Nothing scheduled', 'Open Cadence', 'Quit Cadence']);
  });
});

describe('tray status lines', () => {
  const zone = 'America/New_York';
  const american = wordsIn('en', 'en-US');
  const status = { online: true, queued: 0, attention: 0, nextAt: null };

  it('names the date as well once the weekday alone would be ambiguous', () => {
    // Monday 23:00 in New York; the next Monday is seven calendar days later.
    const lateMonday = Date.parse('2026-11-24T04:00:00Z');
    const sundayNoon = Date.parse('2026-11-29T17:00:00Z');
    const nextMonday1am = Date.parse('2026-11-30T06:00:00Z');
    expect(trayStatusLines({ ...status, nextAt: sundayNoon }, zone, lateMonday, 0, american)[0]).toBe(
      'Next post: Sun 12:00 PM',
    );
    expect(trayStatusLines({ ...status, nextAt: nextMonday1am }, zone, lateMonday, 0, american)[0]).toBe(
      'Next post: Mon, Nov 30, 1:00 AM',
    );
  });

  it('says a post is due now when its time has passed, and counts in the singular', () => {
    expect(
      trayStatusLines(
        { online: false, queued: 1, attention: 2, nextAt: MONDAY_8AM - 1 },
        zone,
        MONDAY_8AM,
        0,
        american,
      ),
    ).toEqual([
      'Next post: due now',
      '1 post queued',
      'Offline — will publish when online',
      '2 posts need your attention',
    ]);
  });

  it('counts the unread inbox items, and leaves the line out when there are none', () => {
    const status = { online: true, queued: 0, attention: 0, nextAt: null };
    expect(trayStatusLines(status, zone, MONDAY_8AM, 3, american)).toEqual([
      'Nothing scheduled',
      '3 unread in the inbox',
    ]);
    expect(trayStatusLines(status, zone, MONDAY_8AM, 0, american)).toEqual(['Nothing scheduled']);
  });

  it('asks to reconnect only the channel whose sign-in ends soonest before its posts', () => {
    const risk = (network: 'linkedin' | 'threads', days: number) => ({
      channelId: network,
      network,
      handle: 'rosa-bakery',
      reconnectBy: MONDAY_8AM + days * 86_400_000,
      posts: [
        { postId: 'a', scheduledAt: MONDAY_8AM + (days + 1) * 86_400_000 },
        { postId: 'b', scheduledAt: MONDAY_8AM + (days + 2) * 86_400_000 },
      ],
    });
    expect(trayRiskLine([risk('linkedin', 3), risk('threads', 1)], zone, wordsIn('en', 'en-GB'))).toBe(
      'Reconnect Threads before Tue 24 Nov: 2 posts at risk',
    );
    expect(trayRiskLine([], zone, american)).toBeNull();
  });

  it('speaks German when the owner does, with German dates and plurals', () => {
    const german = wordsIn('de', 'de-DE');
    const sundayNoon = Date.parse('2026-11-29T17:00:00Z');
    expect(
      trayStatusLines(
        { online: false, queued: 2, attention: 1, nextAt: sundayNoon },
        zone,
        MONDAY_8AM,
        1,
        german,
      ),
    ).toEqual([
      'Nächster Beitrag: So., 12:00',
      '2 Beiträge in der Warteschlange',
      'Offline – wird veröffentlicht, sobald Cadence online ist',
      '1 Beitrag braucht Ihre Aufmerksamkeit',
      '1 ungelesen im Posteingang',
    ]);
  });
});

describe('tray icon', () => {
  it('comes from resources/ in development and from the packaged resources folder otherwise', () => {
    const dev = trayIconPath({ isPackaged: false, appPath: ROOT, resourcesPath: '/nowhere' });
    expect(existsSync(dev)).toBe(true);
    expect(nativeImage.createFromPath(dev).isEmpty()).toBe(false);

    const packaged = trayIconPath({
      isPackaged: true,
      appPath: '/opt/Cadence/resources/app.asar',
      resourcesPath: '/opt/Cadence/resources',
    });
    expect(packaged).toBe(resolve('/opt/Cadence/resources', TRAY_ICON_FILE));
    // electron-builder copies the icon there: out/ alone does not contain it.
    const build = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).build;
    expect(build.extraResources).toContainEqual({ from: `resources/${TRAY_ICON_FILE}`, to: TRAY_ICON_FILE });
  });
});
