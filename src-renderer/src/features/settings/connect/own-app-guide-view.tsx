// The numbered, plain-words guide to registering the owner's own developer app: where to create
// it, what to turn on, the exact redirect address with a Copy button, and what Cadence asks for.
import { useState } from 'react';
import type { OwnAppGuide } from '@shared/own-app-guides/own-app-guide';

export function OwnAppGuideView({ guide, appName }: { guide: OwnAppGuide; appName: string }) {
  return (
    <details className="own-app-guide" open>
      <summary>How to create your {appName}</summary>
      <p className="field-hint">
        Cadence posts through an app you register yourself, so no company stands between you and your account.
        It takes about ten minutes, once. Start at{' '}
        <a href={guide.portalUrl} target="_blank" rel="noopener noreferrer">
          {new URL(guide.portalUrl).host}
        </a>
        .
      </p>
      <ol className="own-app-steps">
        {guide.steps.map((step) => (
          <li key={step.text}>
            {step.text}
            {step.copy && <CopyLine text={step.copy} />}
          </li>
        ))}
      </ol>
      <p className="field-hint">Cadence asks for these permissions, and uses them only to:</p>
      <ul className="own-app-scopes">
        {guide.scopes.map((scope) => (
          <li key={scope.name}>
            <code>{scope.name}</code>: {scope.purpose}
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
      setSaid('Copied.');
    } catch {
      setSaid('Cadence could not copy it: select the address and copy it yourself.');
    }
  }

  return (
    <span className="copy-line">
      <code>{text}</code>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy<span className="visually-hidden"> the address {text}</span>
      </button>
      <span role="status" className="field-hint">
        {said}
      </span>
    </span>
  );
}
