// "Export calendar": the scheduled posts as an .ics file the owner saves, for their other
// calendars; optionally one channel's, and from and until a day.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkLocalTime } from '@shared/zoned-time';
import { useAppDataStore } from '../../state/app-data-store';
import { call, messageOf } from '../../lib/api';
import { downloadText } from '../brand-kit/kit-file';
import { OutcomeLine } from '../../components/inline-error';

/** The first instant of a day (YYYY-MM-DD) in the business time zone; a DST gap takes its later reading. */
function startOfDay(day: string, timeZone: string): number {
  const check = checkLocalTime(`${day}T00:00`, timeZone);
  return check.kind === 'exact' ? check.utc : check.options[1]!.utc;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function ExportCalendar() {
  const { t } = useTranslation('postFiles');
  const channels = useAppDataStore((s) => s.channels);
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const [channelId, setChannelId] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const id = useId();

  async function exportFile() {
    try {
      const file = await call('schedule.exportIcs', {
        ...(channelId ? { channelId } : {}),
        ...(from ? { from: startOfDay(from, timeZone) } : {}),
        // "Until" includes that day: the range ends where the next day starts.
        ...(until ? { to: startOfDay(nextDay(until), timeZone) } : {}),
      });
      downloadText(file.fileName, file.text, 'text/calendar');
      setMessage({ kind: 'done', text: t('export.done', { count: file.events, file: file.fileName }) });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) });
    }
  }

  return (
    <section className="card post-files-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('export.title')}
      </h2>
      <p className="field-hint">{t('export.hint')}</p>
      <div className="post-files-export">
        <label className="field">
          <span className="field-label">{t('export.channel')}</span>
          <select value={channelId} onChange={(event) => setChannelId(event.target.value)}>
            <option value="">{t('export.allChannels')}</option>
            {channels.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('export.from')}</span>
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('export.until')}</span>
          <input type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
        </label>
      </div>
      <button type="button" className="button primary" onClick={() => void exportFile()}>
        {t('export.save')}
      </button>
      {message && <OutcomeLine failed={message.kind === 'error'} text={message.text} okClassName="notice" />}
    </section>
  );
}
