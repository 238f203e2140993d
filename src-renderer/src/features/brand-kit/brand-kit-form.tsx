import { useId } from 'react';
import { KIT_LIMITS, type BrandKit } from '@shared/brand-kit/kit';
import { AvoidWordsEditor } from './avoid-words-editor';
import { TermListEditor } from './term-list-editor';
import { t } from '../../i18n/i18n';

interface BrandKitFormProps {
  kit: BrandKit;
  onChange(kit: BrandKit): void;
}

/** A count field where empty means "no limit". */
function LimitField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
}) {
  const hintId = useId();
  return (
    <label className="field kit-limit">
      <span className="field-label">{label}</span>
      <input
        type="number"
        min={0}
        max={KIT_LIMITS.maxCount}
        step={1}
        inputMode="numeric"
        value={value ?? ''}
        placeholder={t('brandKit:limits.none')}
        aria-describedby={hintId}
        onChange={(event) => {
          const text = event.target.value.trim();
          const count = Number.parseInt(text, 10);
          onChange(text === '' || Number.isNaN(count) ? null : Math.max(0, count));
        }}
      />
      <span id={hintId} className="field-hint">
        {t('brandKit:limits.hint')}
      </span>
    </label>
  );
}

function LinkRule({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <label className="kit-check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

/** Every part of the kit, edited in place; the page saves it. */
export function BrandKitForm({ kit, onChange }: BrandKitFormProps) {
  const set = <K extends keyof BrandKit>(key: K, value: BrandKit[K]) => onChange({ ...kit, [key]: value });
  const setLink = (key: keyof BrandKit['links'], value: boolean) =>
    set('links', { ...kit.links, [key]: value });
  const voiceId = useId();

  return (
    <div className="kit-sections">
      <section className="card kit-section">
        <h2 className="card-title">{t('brandKit:voice.title')}</h2>
        <label htmlFor={voiceId} className="field-label">
          {t('brandKit:voice.label')}
        </label>
        <textarea
          id={voiceId}
          className="kit-voice"
          value={kit.voice}
          maxLength={KIT_LIMITS.voice}
          rows={4}
          placeholder={t('brandKit:voice.placeholder')}
          onChange={(event) => set('voice', event.target.value)}
        />
      </section>
      <section className="card kit-section">
        <h2 className="card-title">{t('brandKit:words.title')}</h2>
        <AvoidWordsEditor words={kit.avoidWords} onChange={(words) => set('avoidWords', words)} />
        <TermListEditor
          label={t('brandKit:words.prefer')}
          hint={t('brandKit:words.preferHint')}
          terms={kit.preferWords}
          placeholder={t('brandKit:words.preferPlaceholder')}
          onChange={(terms) => set('preferWords', terms)}
        />
      </section>
      <section className="card kit-section">
        <h2 className="card-title">{t('brandKit:required.title')}</h2>
        <TermListEditor
          label={t('brandKit:required.campaign')}
          hint={t('brandKit:required.campaignHint')}
          terms={kit.requiredByKind.campaign}
          placeholder={t('brandKit:required.campaignPlaceholder')}
          onChange={(campaign) => set('requiredByKind', { ...kit.requiredByKind, campaign })}
        />
        <TermListEditor
          label={t('brandKit:required.organic')}
          terms={kit.requiredByKind.organic}
          placeholder={t('brandKit:required.organicPlaceholder')}
          onChange={(organic) => set('requiredByKind', { ...kit.requiredByKind, organic })}
        />
      </section>
      <section className="card kit-section">
        <h2 className="card-title">{t('brandKit:limits.title')}</h2>
        <div className="kit-limits">
          <LimitField
            label={t('brandKit:limits.emoji')}
            value={kit.maxEmoji}
            onChange={(value) => set('maxEmoji', value)}
          />
          <LimitField
            label={t('brandKit:limits.hashtags')}
            value={kit.maxHashtags}
            onChange={(value) => set('maxHashtags', value)}
          />
        </div>
        <fieldset className="kit-links">
          <legend className="field-label">{t('brandKit:limits.links')}</legend>
          <LinkRule
            label={t('brandKit:limits.https')}
            checked={kit.links.requireHttps}
            onChange={(value) => setLink('requireHttps', value)}
          />
          <LinkRule
            label={t('brandKit:limits.shorteners')}
            checked={kit.links.forbidShorteners}
            onChange={(value) => setLink('forbidShorteners', value)}
          />
          <LinkRule
            label={t('brandKit:limits.utm')}
            checked={kit.links.requireUtmOnCampaign}
            onChange={(value) => setLink('requireUtmOnCampaign', value)}
          />
        </fieldset>
      </section>
    </div>
  );
}
