import { useId, useState, type FormEvent } from 'react';
import { CAMPAIGN_GOALS, type Campaign } from '@shared/marketing';
import { useAppDataStore } from '../../state/app-data-store';
import { t } from '../../i18n/i18n';
import { call, messageOf } from '../../lib/api';
import { minorToInput, parseMoneyInput } from './money-input';
import { InlineError } from '../../components/inline-error';

interface CampaignFormProps {
  /** The campaign being edited; null creates a new one. */
  campaign: Campaign | null;
  defaultCurrency: string;
  onDone(): void;
}

export function CampaignForm({ campaign, defaultCurrency, onDone }: CampaignFormProps) {
  const id = useId();
  const channels = useAppDataStore((s) => s.channels);
  const [name, setName] = useState(campaign?.name ?? '');
  const [goal, setGoal] = useState(campaign?.goal ?? 'sales');
  const [startsOn, setStartsOn] = useState(campaign?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(campaign?.endsOn ?? '');
  const [currency, setCurrency] = useState(campaign?.currency ?? defaultCurrency);
  const [budget, setBudget] = useState(
    minorToInput(campaign?.budgetMinor ?? null, campaign?.currency ?? null),
  );
  const [channelIds, setChannelIds] = useState<string[]>(campaign?.channelIds ?? []);
  const [landingUrl, setLandingUrl] = useState(campaign?.landingUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const budgetMinor = budget.trim() === '' ? null : parseMoneyInput(budget, currency);
    if (budget.trim() !== '' && budgetMinor === null) {
      setError(t('insights:campaignForm.badBudget'));
      return;
    }
    const fields = {
      name,
      goal,
      startsOn: startsOn || null,
      endsOn: endsOn || null,
      budgetMinor,
      currency: budgetMinor === null ? null : currency,
      channelIds,
      landingUrl: landingUrl.trim() || null,
    };
    setSaving(true);
    try {
      if (campaign) await call('campaigns.update', { id: campaign.id, ...fields });
      else await call('campaigns.create', fields);
      onDone();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setSaving(false);
    }
  };

  const toggle = (channelId: string) =>
    setChannelIds((ids) =>
      ids.includes(channelId) ? ids.filter((x) => x !== channelId) : [...ids, channelId],
    );

  return (
    <form className="card insights-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-title`} className="card-title">
        {campaign ? t('insights:campaignForm.edit', { name: campaign.name }) : t('insights:campaignForm.new')}
      </h3>
      <label className="field">
        <span className="field-label">{t('insights:campaignForm.name')}</span>
        <input type="text" value={name} required onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">{t('insights:campaignForm.goal')}</span>
        <select value={goal} onChange={(e) => setGoal(e.target.value as typeof goal)}>
          {CAMPAIGN_GOALS.map((g) => (
            <option key={g} value={g}>
              {t(`insights:campaignForm.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="insights-form-row">
        <label className="field">
          <span className="field-label">{t('insights:campaignForm.first')}</span>
          <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('insights:campaignForm.last')}</span>
          <input type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        </label>
      </div>
      <div className="insights-form-row">
        <label className="field">
          <span className="field-label">{t('insights:campaignForm.budget')}</span>
          <input type="text" inputMode="decimal" value={budget} onChange={(e) => setBudget(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('insights:campaignForm.currency')}</span>
          <input
            type="text"
            value={currency}
            maxLength={3}
            onChange={(e) => setCurrency(e.target.value.toUpperCase())}
          />
        </label>
      </div>
      <fieldset className="field">
        <legend className="field-label">{t('insights:campaignForm.channels')}</legend>
        {channels.length === 0 && <p className="field-hint">{t('insights:campaignForm.noChannels')}</p>}
        {channels.map((c) => (
          <label key={c.id} className="checkbox">
            <input type="checkbox" checked={channelIds.includes(c.id)} onChange={() => toggle(c.id)} />
            {c.displayName}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">{t('insights:campaignForm.landing')}</span>
        <input
          type="text"
          inputMode="url"
          placeholder="https://"
          value={landingUrl}
          onChange={(e) => setLandingUrl(e.target.value)}
        />
      </label>
      <InlineError message={error} />
      <div className="insights-form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {campaign ? t('insights:campaignForm.save') : t('insights:campaignForm.create')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('insights:cancel')}
        </button>
      </div>
    </form>
  );
}
