import { useState, type FormEvent } from 'react';
import type { Campaign } from '@shared/marketing';
import { t } from '../../i18n/i18n';
import { call, messageOf } from '../../lib/api';
import { parseMoneyInput } from './money-input';
import { OutcomeLine } from '../../components/inline-error';

interface SpendFormProps {
  campaigns: Campaign[];
  today: string;
  defaultCurrency: string;
  onSaved(): void;
}

/** Ad spend typed in by hand, for platforms whose export Cadence does not read. */
export function SpendForm({ campaigns, today, defaultCurrency, onSaved }: SpendFormProps) {
  const [campaignId, setCampaignId] = useState(campaigns[0]?.id ?? '');
  const [date, setDate] = useState(today);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(defaultCurrency);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  if (campaigns.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amountMinor = parseMoneyInput(amount, currency);
    if (amountMinor === null) {
      setMessage({ error: true, text: t('insights:spendForm.badAmount') });
      return;
    }
    try {
      await call('spend.add', {
        campaignId: campaignId || campaigns[0]!.id,
        date,
        amountMinor,
        currency,
        note: note || undefined,
      });
      setAmount('');
      setNote('');
      setMessage({ error: false, text: t('insights:spendForm.saved') });
      onSaved();
    } catch (caught) {
      setMessage({ error: true, text: messageOf(caught) });
    }
  };

  return (
    <form
      className="card insights-form"
      aria-label={t('insights:spendForm.label')}
      onSubmit={(e) => void submit(e)}
    >
      <h3 className="card-title">{t('insights:spendForm.title')}</h3>
      <div className="insights-form-row">
        <label className="field">
          <span className="field-label">{t('insights:spendForm.campaign')}</span>
          <select value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('insights:spendForm.day')}</span>
          <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('insights:spendForm.amount')}</span>
          <input type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('insights:spendForm.currency')}</span>
          <input
            type="text"
            value={currency}
            maxLength={3}
            onChange={(e) => setCurrency(e.target.value.toUpperCase())}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('insights:spendForm.note')}</span>
          <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {message && <OutcomeLine failed={message.error} text={message.text} okClassName="muted" />}
      <button type="submit" className="button">
        {t('insights:spendForm.add')}
      </button>
    </form>
  );
}
