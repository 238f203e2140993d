import { useId } from 'react';
import { KIT_LIMITS, type BrandKit } from '@shared/brand-kit/kit';
import { AvoidWordsEditor } from './avoid-words-editor';
import { TermListEditor } from './term-list-editor';

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
        placeholder="No limit"
        aria-describedby={hintId}
        onChange={(event) => {
          const text = event.target.value.trim();
          const count = Number.parseInt(text, 10);
          onChange(text === '' || Number.isNaN(count) ? null : Math.max(0, count));
        }}
      />
      <span id={hintId} className="field-hint">
        Leave empty for no limit.
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
        <h2 className="card-title">Voice</h2>
        <label htmlFor={voiceId} className="field-label">
          How your business sounds
        </label>
        <textarea
          id={voiceId}
          className="kit-voice"
          value={kit.voice}
          maxLength={KIT_LIMITS.voice}
          rows={4}
          placeholder="e.g. Warm and neighbourly, never pushy. We talk like the baker behind the counter."
          onChange={(event) => set('voice', event.target.value)}
        />
      </section>
      <section className="card kit-section">
        <h2 className="card-title">Words</h2>
        <AvoidWordsEditor words={kit.avoidWords} onChange={(words) => set('avoidWords', words)} />
        <TermListEditor
          label="Words and phrases to prefer"
          hint="A reminder of how you like to say things."
          terms={kit.preferWords}
          placeholder="e.g. small-batch"
          onChange={(terms) => set('preferWords', terms)}
        />
      </section>
      <section className="card kit-section">
        <h2 className="card-title">Required in every post</h2>
        <TermListEditor
          label="Campaign posts must include"
          hint="Paid or promotional posts usually need a disclosure such as #ad."
          terms={kit.requiredByKind.campaign}
          placeholder="e.g. #ad"
          onChange={(campaign) => set('requiredByKind', { ...kit.requiredByKind, campaign })}
        />
        <TermListEditor
          label="Organic posts must include"
          terms={kit.requiredByKind.organic}
          placeholder="e.g. #yourbrand"
          onChange={(organic) => set('requiredByKind', { ...kit.requiredByKind, organic })}
        />
      </section>
      <section className="card kit-section">
        <h2 className="card-title">Limits and links</h2>
        <div className="kit-limits">
          <LimitField
            label="Most emoji per post"
            value={kit.maxEmoji}
            onChange={(value) => set('maxEmoji', value)}
          />
          <LimitField
            label="Most hashtags per post"
            value={kit.maxHashtags}
            onChange={(value) => set('maxHashtags', value)}
          />
        </div>
        <fieldset className="kit-links">
          <legend className="field-label">Links</legend>
          <LinkRule
            label="Links must use https://"
            checked={kit.links.requireHttps}
            onChange={(value) => setLink('requireHttps', value)}
          />
          <LinkRule
            label="No link shorteners such as bit.ly"
            checked={kit.links.forbidShorteners}
            onChange={(value) => setLink('forbidShorteners', value)}
          />
          <LinkRule
            label="Campaign links need UTM tags"
            checked={kit.links.requireUtmOnCampaign}
            onChange={(value) => setLink('requireUtmOnCampaign', value)}
          />
        </fieldset>
      </section>
    </div>
  );
}
