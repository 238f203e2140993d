// The numbered, plain-words guide to registering the owner's own developer app: where to create
// it, what to turn on, the exact redirect address with a Copy button, and what Cadence asks for,
// all in the owner's language from the core catalog's ownAppGuides.
import { useState } from 'react';
import type { OwnAppGuide } from '@shared/own-app-guides/own-app-guide';
import { t } from '../../../i18n/i18n';
import { ownerWords } from '../../../i18n/owner-words';
import { Trans, useTranslation } from 'react-i18next';

export function OwnAppGuideView({ guide, appName }: { guide: OwnAppGuide; appName: string }) {
  const { t: guideWords } = useTranslation('connect');
  return (
    <details className="own-app-guide" open>
      <summary>{t('connect:guide.title', { app: appName })}</summary>
      <p className="field-hint">
        <Trans
          t={guideWords}
          i18nKey="guide.intro"
          values={{ host: new URL(guide.portalUrl).host }}
          components={{ link: <a href={guide.portalUrl} target="_blank" rel="noopener noreferrer" /> }}
        />
      </p>
      <ol className="own-app-steps">
        {guide.steps.map((step) => (
          <li key={step.text}>
            {ownerWords({ message: step.text, key: step.text, params: step.params })}
            {step.copy && <CopyLine text={step.copy} />}
          </li>
        ))}
      </ol>
      <p className="field-hint">{t('connect:guide.scopes')}</p>
      <ul className="own-app-scopes">
        {guide.scopes.map((scope) => (
          <li key={scope.name}>
            <code>{scope.name}</code>: {ownerWords({ message: scope.purpose, key: scope.purpose })}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Text to paste exactly as written, with a button that copies it. */
function CopyLine({ text }: { text: string }) {
  const [said, setSaid] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(t('connect:guide.copied'));
    } catch {
      setSaid(t('connect:guide.copyFailed'));
    }
  }

  return (
    <span className="copy-line">
      <code>{text}</code>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('connect:guide.copy')}
        <span className="visually-hidden">{t('connect:guide.copyAddress', { text })}</span>
      </button>
      <span role="status" className="field-hint">
        {said}
      </span>
    </span>
  );
}
