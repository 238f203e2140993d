// The page a sign-in shows in the browser: the owner's languages read from Accept-Language, the
// page's words from the catalog in that language, a network's own words left as they are.
import { describe, expect, it } from 'vitest';
import { keyOf, say } from '../../src-main/shared/messages/owner-message';
import { acceptedLanguages, pageWords, signInPage } from '../../src-main/core/connectors/sign-in-page';

describe('the sign-in page in the browser', () => {
  it('reads Accept-Language most preferred first, dropping refused and wildcard entries', () => {
    expect(acceptedLanguages('en;q=0.5, de-CH, fr;q=0.8, *;q=0.1, it;q=0')).toEqual(['de-CH', 'fr', 'en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages('')).toEqual([]);
  });

  it('speaks the browser’s first language Cadence speaks, unless Settings chose one', () => {
    expect(pageWords('fr-FR,de;q=0.9', 'system').language).toBe('de');
    expect(pageWords('fr-FR', 'system').language).toBe('en');
    expect(pageWords('de-DE', 'en').language).toBe('en');
    expect(pageWords(undefined, 'de').language).toBe('de');
  });

  it('says keyed sentences in its language, keeps a network’s words, and escapes both', () => {
    const words = pageWords('de-DE', 'system');
    const html = signInPage(
      words,
      [keyOf(say('signIn.connected', { network: 'X' })), 'Seen <b>“ok”</b>'],
      'https://x.example/authorize?a=1&b=2',
    );
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(
      'Cadence ist mit X verbunden. Sie können diesen Tab schließen. Seen &#60;b&#62;“ok”&#60;/b&#62;',
    );
    expect(html).toContain('<a href="https://x.example/authorize?a=1&#38;b=2">Weiter</a>');
    expect(html).toContain(
      '<meta http-equiv="refresh" content="4;url=https://x.example/authorize?a=1&#38;b=2">',
    );
  });
});
