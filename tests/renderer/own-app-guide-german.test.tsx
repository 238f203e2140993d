// @vitest-environment happy-dom
// The guides to registering the owner's own developer app come from the catalog: in German every
// step and every permission's purpose reads German, with the port and the address to copy as
// they are; none of the English sentences is left.
import { expect, it } from 'vitest';
import { wordsIn } from '../../src-main/shared/messages/words';
import type { OwnAppGuide } from '../../src-main/shared/own-app-guides/own-app-guide';
import { META_REDIRECT_URI, metaGuide } from '../../src-main/shared/own-app-guides/meta';
import { OWN_APP_GUIDES } from '../../src-main/shared/own-app-guides/own-app-networks';
import { X_REDIRECT_URI, xGuide } from '../../src-main/shared/own-app-guides/x';
import { OwnAppGuideView } from '../../src-renderer/src/features/settings/connect/own-app-guide-view';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { mountedRoot } from './support/mounted-root';

const mounted = mountedRoot({ bridge: 'none', english: true });

interface ShownGuide {
  steps: string[];
  scopes: string[];
}

async function shown(guide: OwnAppGuide): Promise<ShownGuide> {
  // Each guide from its start, not as an update of the one shown before it.
  await mounted.remount();
  await mounted.render(<OwnAppGuideView guide={guide} appName="App" />);
  const texts = (selector: string) =>
    [...mounted.host.querySelectorAll(selector)].map((item) => item.textContent!);
  return { steps: texts('.own-app-steps > li'), scopes: texts('.own-app-scopes > li') };
}

/** Every sentence of a guide in English, as the catalog has it. */
function englishOf(guide: OwnAppGuide): string[] {
  const english = wordsIn('en');
  return [
    ...guide.steps.map((step) => english(step.text, step.params)),
    ...guide.scopes.map((scope) => english(scope.purpose)),
  ];
}

function expectNoEnglish(seen: ShownGuide, guide: OwnAppGuide) {
  const all = [...seen.steps, ...seen.scopes].join('\n');
  for (const sentence of englishOf(guide)) expect(all).not.toContain(sentence);
}

it('shows the X guide in German, port and address as they are', async () => {
  await applyLanguageChoice('de');
  const seen = await shown(xGuide);
  expect(seen.steps).toHaveLength(xGuide.steps.length);
  expect(seen.steps[2]).toBe(
    'Öffnen Sie die Einstellungen der App und wählen Sie unter „User authentication settings“ (Einstellungen zur Benutzeranmeldung) „Set up“.',
  );
  expect(seen.steps.at(-1)).toContain('an Port 8734;');
  expect(seen.steps.find((step) => step.includes(X_REDIRECT_URI))).toContain('Fügen Sie unter');
  expect(seen.scopes).toContain('media.write: Ihre Fotos hochladen');
  expectNoEnglish(seen, xGuide);
});

it('shows the Meta guide in German, the image note included', async () => {
  await applyLanguageChoice('de');
  const seen = await shown(metaGuide);
  expect(seen.steps).toContain(
    'Lassen Sie die App im „Development mode“ (Entwicklungsmodus). Darin funktioniert sie nur für Personen mit einer Rolle in der App, also für Sie, und Meta muss sie nicht prüfen. Nur in diesem Modus schickt Meta die Anmeldung an eine Adresse auf diesem Computer zurück.',
  );
  expect(seen.steps.at(-1)).toMatch(/^Instagram holt Ihre Bilder aus dem Internet\./);
  expect(seen.steps.join('\n')).toContain(META_REDIRECT_URI);
  expect(seen.steps.join('\n')).toContain('an Port 8735.');
  expectNoEnglish(seen, metaGuide);
});

it('leaves no English sentence in any guide in German', async () => {
  await applyLanguageChoice('de');
  for (const guide of Object.values(OWN_APP_GUIDES)) expectNoEnglish(await shown(guide), guide);
});

it('shows the guides in English as written', async () => {
  const seen = await shown(xGuide);
  expect(seen.steps[3]).toBe('Under App permissions, choose “Read and write”.');
  expect([...seen.steps, ...seen.scopes].join('\n')).not.toContain('ownAppGuides.');
});
