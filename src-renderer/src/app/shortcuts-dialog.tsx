import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../lib/api';
import { useShortcutsStore } from '../state/shortcuts-store';

/** ⌘ on a Mac, Ctrl elsewhere: the modifier the menu's CmdOrCtrl accelerators use. */
function isMac(): boolean {
  return /Mac/i.test(navigator.platform);
}

interface Shortcut {
  keys: readonly string[];
  action: string;
}

/** Every keyboard shortcut Cadence has, by where it works: the menu's, the calendar's and the inbox's. */
export function ShortcutsDialog() {
  const open = useShortcutsStore((s) => s.open);
  const hide = useShortcutsStore((s) => s.hide);
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const mod = isMac() ? t('shortcuts.keys.cmd') : t('shortcuts.keys.ctrl');
  const groups: Array<{ title: string; shortcuts: Shortcut[] }> = [
    {
      title: t('shortcuts.everywhere'),
      shortcuts: [
        ...(isDesktop()
          ? [
              { keys: [mod, 'N'], action: t('shortcuts.newPost') },
              { keys: [mod, 'F'], action: t('shortcuts.find') },
              { keys: [mod, ','], action: t('shortcuts.settings') },
              { keys: [mod, '/'], action: t('shortcuts.show') },
            ]
          : []),
        { keys: [mod, 'Z'], action: t('shortcuts.undo') },
        { keys: ['N'], action: t('shortcuts.newPostOnPage') },
        { keys: ['?'], action: t('shortcuts.show') },
      ],
    },
    {
      title: t('nav.calendar'),
      shortcuts: [
        { keys: [t('shortcuts.keys.left')], action: t('shortcuts.previousPeriod') },
        { keys: [t('shortcuts.keys.right')], action: t('shortcuts.nextPeriod') },
        { keys: ['T'], action: t('shortcuts.today') },
      ],
    },
    {
      title: t('shortcuts.composer'),
      shortcuts: [
        { keys: ['/'], action: t('shortcuts.insertFromLibrary') },
        { keys: [t('shortcuts.keys.alt'), 'Q'], action: t('shortcuts.addToQueue') },
      ],
    },
    {
      title: t('nav.queue'),
      shortcuts: [
        {
          keys: [t('shortcuts.keys.alt'), `${t('shortcuts.keys.up')} ${t('shortcuts.keys.down')}`],
          action: t('shortcuts.moveInQueue'),
        },
      ],
    },
    {
      title: t('nav.inbox'),
      shortcuts: [
        { keys: ['J'], action: t('shortcuts.nextItem') },
        { keys: ['K'], action: t('shortcuts.previousItem') },
        { keys: ['E'], action: t('shortcuts.done') },
        { keys: ['U'], action: t('shortcuts.unread') },
        { keys: ['R'], action: t('shortcuts.reply') },
      ],
    },
  ];

  return (
    <dialog
      ref={dialog}
      className="modal shortcuts"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        hide();
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{t('shortcuts.title')}</h2>
          {groups.map((group) => (
            <section key={group.title} aria-label={group.title}>
              <h3>{group.title}</h3>
              <dl>
                {group.shortcuts.map((shortcut) => (
                  <div key={shortcut.action + shortcut.keys.join()} className="shortcut">
                    <dt>
                      {shortcut.keys.map((key, index) => (
                        <kbd key={index}>{key}</kbd>
                      ))}
                    </dt>
                    <dd>{shortcut.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <div className="modal-actions">
            <button type="button" className="button" onClick={hide} autoFocus>
              {t('shortcuts.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
