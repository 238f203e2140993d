// Starting Cadence at login, so the publishing timer runs without the owner opening it. macOS
// and Windows keep login items themselves (app.setLoginItemSettings); Linux desktops start what
// the XDG autostart folder lists. Started at login, Cadence opens in the tray, not as a window.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';

/** Passed by the login item (Windows, Linux), so this start can tell it was not the owner's click. */
export const OPENED_AT_LOGIN_ARG = '--opened-at-login';
export const AUTOSTART_FILE = 'cadence.desktop';

export interface LoginItem {
  set(openAtLogin: boolean): void;
}

/** The autostart entry for Linux: the command is quoted as the Desktop Entry spec asks. */
export function autostartEntry(executable: string): string {
  const quoted = `"${executable.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Cadence',
    'Comment=Publishes your scheduled posts',
    `Exec=${quoted} ${OPENED_AT_LOGIN_ARG}`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** The XDG autostart folder: $XDG_CONFIG_HOME/autostart, by default ~/.config/autostart. */
export function autostartFolder(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'autostart');
}

export function electronLoginItem(platform: NodeJS.Platform = process.platform): LoginItem {
  if (platform !== 'linux') {
    return {
      set: (openAtLogin) => app.setLoginItemSettings({ openAtLogin, args: [OPENED_AT_LOGIN_ARG] }),
    };
  }
  return {
    set(openAtLogin) {
      const file = join(autostartFolder(), AUTOSTART_FILE);
      if (!openAtLogin) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(autostartFolder(), { recursive: true });
      // An AppImage runs from a temporary mount; APPIMAGE names the file to start again.
      writeFileSync(file, autostartEntry(process.env.APPIMAGE || process.execPath));
    },
  };
}

/** Whether this start was the login item's rather than the owner's. */
export function openedAtLogin(argv: readonly string[] = process.argv): boolean {
  return argv.includes(OPENED_AT_LOGIN_ARG) || app.getLoginItemSettings().wasOpenedAtLogin === true;
}
