// One post to publish by hand: the text to copy, the images to drag into the browser (or show in
// their folder), the network's composer, and the owner's answer: "I posted it" or "Snooze 15 min".
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { remindersContract } from '@shared/contract/reminders';
import type { DueReminder, ReminderImage, SnoozedReminder } from '@shared/contract/reminders';
import { issueWords } from '@shared/messages/input-issue';
import { t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';
import { call, isDesktop, mediaUrl, messageOf } from '../../lib/api';
import { timeWords } from '../../lib/time-words';
import { InlineError, OutcomeLine } from '../../components/inline-error';

interface ReminderCardProps {
  reminder: DueReminder;
  timeZone: string;
  /** Snoozed: the card goes until it reminds again, so the panel says when that is. */
  onSnoozed(snoozed: SnoozedReminder): void;
}

export function ReminderCard({ reminder, timeZone, onSnoozed }: ReminderCardProps) {
  const [liveUrl, setLiveUrl] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const textId = useId();
  const linkId = useId();
  const linkErrorId = useId();
  const network = reminder.networkName;

  async function act(work: () => Promise<unknown>, done?: string) {
    setBusy(true);
    setSaid(null);
    try {
      await work();
      if (done) setSaid({ ok: true, text: done });
    } catch (caught) {
      setSaid({ ok: false, text: messageOf(caught) });
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(reminder.text);
      setSaid({ ok: true, text: t('reminders:copied') });
    } catch {
      setSaid({ ok: false, text: t('reminders:copyFailed') });
    }
  }

  function posted(event: FormEvent) {
    event.preventDefault();
    const input = { targetId: reminder.targetId, liveUrl: liveUrl.trim() || undefined };
    const parsed = remindersContract['reminders.posted'].input.safeParse(input);
    if (!parsed.success) {
      setLinkError(ownerWords(issueWords(parsed.error.issues[0]!)));
      return;
    }
    setLinkError(null);
    void act(() => call('reminders.posted', parsed.data));
  }

  return (
    <article className="reminder-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="reminder-title">
        {t('reminders:postOn', { network, channel: reminder.channelName })}
      </h3>
      {reminder.scheduledAt !== null && (
        <p className="field-hint">
          {t('reminders:plannedFor', { time: timeWords(reminder.scheduledAt, timeZone) })}
          {reminder.deadline !== null &&
            ` ${t('reminders:missedAt', { time: timeWords(reminder.deadline, timeZone) })}`}
        </p>
      )}
      <label htmlFor={textId} className="field-label">
        {t('reminders:text')}
      </label>
      <textarea id={textId} className="reminder-text" readOnly value={reminder.text} rows={4} />
      <div className="settings-actions">
        <button type="button" className="button primary" onClick={() => void copy()}>
          {t('reminders:copy')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => window.open(reminder.composerUrl, '_blank', 'noopener')}
        >
          {t('reminders:open', { network })}
        </button>
      </div>
      {reminder.images.length > 0 && (
        <ReminderImages reminder={reminder} onFailure={(text) => setSaid({ ok: false, text })} />
      )}
      <form className="reminder-posted" onSubmit={posted} noValidate>
        <label htmlFor={linkId} className="field-label">
          {t('reminders:liveLink')}
        </label>
        <input
          id={linkId}
          type="url"
          value={liveUrl}
          aria-invalid={linkError ? true : undefined}
          aria-describedby={linkError ? linkErrorId : undefined}
          onChange={(event) => setLiveUrl(event.target.value)}
        />
        <InlineError message={linkError} id={linkErrorId} as="span" />
        <div className="settings-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('reminders:posted')}
          </button>
          <button
            type="button"
            className="button subtle"
            disabled={busy}
            onClick={() =>
              void act(async () => onSnoozed(await call('reminders.snooze', { targetId: reminder.targetId })))
            }
          >
            {t('reminders:snooze')}
          </button>
        </div>
      </form>
      {said && <OutcomeLine failed={!said.ok} text={said.text} okClassName="confirmation" />}
    </article>
  );
}

/** The images, to drag into the browser's upload field; the desktop drags them as real files. */
function ReminderImages({ reminder, onFailure }: { reminder: DueReminder; onFailure(text: string): void }) {
  const desktop = isDesktop();

  function dragStart(event: DragEvent<HTMLImageElement>, image: ReminderImage) {
    if (desktop) {
      // The file manager's kind of drag, which only the main process can start.
      event.preventDefault();
      call('reminders.startDrag', { targetId: reminder.targetId, mediaId: image.mediaId }).catch(
        (caught: unknown) => onFailure(messageOf(caught)),
      );
      return;
    }
    // A browser drops the image as a file where a page takes files (Chromium's DownloadURL).
    const url = new URL(mediaUrl(image.sha256), window.location.href).href;
    event.dataTransfer.setData('DownloadURL', `${image.mimeType}:${image.fileName}:${url}`);
  }

  return (
    <div className="reminder-images">
      <p className="field-hint">{t('reminders:dragHint')}</p>
      <ul className="reminder-image-list">
        {reminder.images.map((image) => (
          <li key={image.mediaId}>
            <img
              src={mediaUrl(image.sha256)}
              alt={image.altText || image.fileName}
              draggable
              onDragStart={(event) => dragStart(event, image)}
            />
          </li>
        ))}
      </ul>
      {desktop && (
        <button
          type="button"
          className="button"
          onClick={() =>
            void call('reminders.showInFolder', { targetId: reminder.targetId }).catch((caught: unknown) =>
              onFailure(messageOf(caught)),
            )
          }
        >
          {t('reminders:showInFolder')}
        </button>
      )}
    </div>
  );
}
