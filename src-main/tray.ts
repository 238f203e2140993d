// The tray icon: shows at a glance what the publishing timer will do next, and is the way
// back to the window while Cadence runs with its window closed.
import { join } from 'node:path';
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { Clock } from './core/clock';
import type { Core } from './core/create-core';
import type { OutboxStatus } from './shared/app-settings';
import type { CoreEvent } from './shared/contract';
import type { ChannelAtRisk } from './shared/posts-at-risk';
import { trayRiskMessage } from './core/connectors/posts-at-risk';
import { sayKeyed, type Words } from './shared/messages/words';
import { localAt } from './shared/zoned-time';
import { invokeCore } from './invoke-core';
import { drawableInMenus } from './core/desktop/menu-text';
import { PREFLIGHT_HOURS, preflightLine } from './core/desktop/preflight-prompt';
import type { OwnerLanguage } from './owner-language';

export const TRAY_ICON_FILE = 'tray-icon.png';

/** Core events after which the tray's summary may be out of date. */
const REFRESH_ON: ReadonlySet<CoreEvent['type']> = new Set([
  'outbox.changed',
  'inbox.changed',
  'post.changed',
  'post.deleted',
  'profile.changed',
  'channels.changed',
]);

// Publishing a batch emits many events in a row; one read of the status covers them all.
const DEBOUNCE_MS = 250;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * In development the icon is read from the project's resources/ folder (the app path); a
 * packaged app gets it from electron-builder's extraResources, next to app.asar.
 */
export function trayIconPath(app: { isPackaged: boolean; appPath: string; resourcesPath: string }): string {
  return app.isPackaged
    ? join(app.resourcesPath, TRAY_ICON_FILE)
    : join(app.appPath, 'resources', TRAY_ICON_FILE);
}

/**
 * The summary lines, in the business time zone: what goes out next, how many wait, what needs
 * the owner, and how many inbox items are unread.
 */
export function trayStatusLines(
  status: OutboxStatus,
  timeZone: string,
  now: number,
  unread: number,
  words: Words,
): string[] {
  const lines = [
    status.nextAt === null
      ? words('desktop.tray.nothingScheduled')
      : words('desktop.tray.nextPost', { when: whenLabel(status.nextAt, timeZone, now, words) }),
  ];
  if (status.queued > 0) lines.push(words('desktop.tray.queued', { count: status.queued }));
  if (!status.online) lines.push(words('desktop.tray.offline'));
  if (status.attention > 0) lines.push(words('desktop.tray.attention', { count: status.attention }));
  if (unread > 0) lines.push(words('desktop.tray.unread', { count: unread }));
  return lines;
}

/** The line asking to reconnect the channel whose sign-in ends soonest before its posts, if any. */
export function trayRiskLine(risks: readonly ChannelAtRisk[], timeZone: string, words: Words): string | null {
  const message = trayRiskMessage(risks, timeZone);
  return message && sayKeyed(words, message);
}

function whenLabel(at: number, timeZone: string, now: number, words: Words): string {
  if (at <= now) return words('desktop.tray.dueNow');
  // A weekday alone is clear only for the next six calendar days; later ones also name the date.
  const withinSixDays = localDayNumber(at, timeZone) - localDayNumber(now, timeZone) <= 6;
  const format = new Intl.DateTimeFormat(words.locale, {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    ...(withinSixDays ? {} : { month: 'short', day: 'numeric' }),
  });
  return drawableInMenus(format.format(at));
}

function localDayNumber(at: number, timeZone: string): number {
  const { year, month, day } = localAt(at, timeZone);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export interface TrayOptions {
  core: Pick<Core, 'invoke' | 'subscribe'>;
  clock: Pick<Clock, 'now'>;
  iconPath: string;
  /** Shows the window, opening one if none is open. */
  openWindow(): void;
  /** Shows the window on Settings, where a channel is reconnected. */
  openSettings(): void;
  quit(): void;
  /** The owner's language, for the tray's words and dates. */
  language: OwnerLanguage;
  debounceMs?: number;
}

/** What the tray shows: its tooltip and the labels of its menu. */
export interface TrayShown {
  toolTip: string;
  menu: string[];
}

export interface CadenceTray {
  /** Re-reads the outbox status and the profile, then rebuilds the tooltip and menu. */
  refresh(): Promise<void>;
  /** What the tray shows now, or null once it is gone (Electron cannot read a tray back). */
  shown(): TrayShown | null;
  destroy(): void;
}

export function createTray(options: TrayOptions): CadenceTray {
  const tray = new Tray(trayImage(options.iconPath));
  tray.on('click', () => options.openWindow());
  let latest = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let destroyed = false;
  let shown: TrayShown = { toolTip: '', menu: [] };

  const show = (lines: string[], riskLine: string | null = null) => {
    const words = options.language.words();
    const toolTip = ['Cadence', ...lines, ...(riskLine === null ? [] : [riskLine])].join('\n');
    tray.setToolTip(toolTip);
    const template: MenuItemConstructorOptions[] = [
      ...lines.map((label) => ({ label, enabled: false })),
      // The one line the owner can act on: it opens Settings, where the channel is reconnected.
      ...(riskLine === null ? [] : [{ label: riskLine, click: () => options.openSettings() }]),
      ...(lines.length > 0 || riskLine !== null ? [{ type: 'separator' as const }] : []),
      { label: words('desktop.tray.open'), click: () => options.openWindow() },
      { type: 'separator' },
      { label: words('desktop.tray.quit'), click: () => options.quit() },
    ];
    tray.setContextMenu(Menu.buildFromTemplate(template));
    shown = { toolTip, menu: template.flatMap((item) => (item.label === undefined ? [] : [item.label])) };
  };

  const refresh = async () => {
    const request = ++latest;
    const [status, profile, inbox, atRisk, preflight] = await Promise.all([
      invokeCore(options.core, 'outbox.status', undefined),
      invokeCore(options.core, 'profile.get', undefined),
      invokeCore(options.core, 'inbox.counts', undefined),
      invokeCore(options.core, 'channels.atRisk', undefined),
      invokeCore(options.core, 'outbox.preflight', { hours: PREFLIGHT_HOURS }),
    ]);
    // A slower, older read must not overwrite a newer one.
    if (destroyed || request !== latest) return;
    if (!status.ok || !profile.ok) {
      console.error('[cadence] could not read the tray summary', status.ok ? profile : status);
      return;
    }
    const unread = inbox.ok ? inbox.value.unread : 0;
    const { timeZone } = profile.value;
    const words = options.language.words();
    const lines = trayStatusLines(status.value, timeZone, options.clock.now(), unread, words);
    // "Will it go out?": what needs Cadence running over the next day.
    const due = preflight.ok ? preflightLine(preflight.value, timeZone, words) : null;
    if (due !== null) lines.splice(1, 0, due);
    show(lines, trayRiskLine(atRisk.ok ? atRisk.value : [], timeZone, words));
  };

  const unsubscribe = options.core.subscribe((event) => {
    if (destroyed || !REFRESH_ON.has(event.type)) return;
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      void refresh();
    }, options.debounceMs ?? DEBOUNCE_MS);
  });

  const stopFollowingLanguage = options.language.onChange(() => void refresh());
  show([]);
  void refresh();
  return {
    refresh,
    shown: () => (destroyed ? null : shown),
    destroy() {
      destroyed = true;
      unsubscribe();
      stopFollowingLanguage();
      if (pending) clearTimeout(pending);
      tray.destroy();
    },
  };
}

function trayImage(path: string): NativeImage {
  const image = nativeImage.createFromPath(path);
  if (image.isEmpty()) console.error(`[cadence] the tray icon is missing: ${path}`);
  // The icon is drawn at 32 px: on macOS that is the Retina version of a 16-point menu-bar icon.
  if (process.platform === 'darwin' && !image.isEmpty()) {
    return nativeImage.createFromBuffer(image.toPNG(), { scaleFactor: 2 });
  }
  return image;
}
