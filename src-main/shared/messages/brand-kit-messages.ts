// What the brand kit linter finds in a post, and why a kit file could not be imported, in
// English; the renderer's catalogs translate them by these keys.
export const BRAND_KIT_MESSAGES = {
  avoid: '“{{found}}” is on your list of words to avoid.',
  avoidTry: '“{{found}}” is on your list of words to avoid. Try “{{suggestion}}”.',
  requiredCampaign: 'Campaign posts must include “{{term}}”. Add it, for example at the end.',
  requiredOrganic: 'Organic posts must include “{{term}}”. Add it, for example at the end.',
  emoji: 'This is emoji {{index}} of {{total}}. Your kit allows at most {{limit}}.',
  emojiNone: 'This is emoji {{index}} of {{total}}. Your kit asks for no emojis.',
  hashtag: 'This is hashtag {{index}} of {{total}}. Your kit allows at most {{limit}}.',
  hashtagNone: 'This is hashtag {{index}} of {{total}}. Your kit asks for no hashtags.',
  http: 'This link starts with http://. Use https:// so visitors get the secure page.',
  shortener: '{{host}} links hide where they lead. Paste the full link instead.',
  utm: 'Campaign links need UTM tags so you can see what the campaign brought in. Missing: {{missing}}.',
  file: {
    tooLarge: 'This file is too large to be a Cadence brand kit.',
    notJson: 'This file is not a Cadence brand kit: it is not JSON.',
    notKit:
      'This file is not a Cadence brand kit. Export a kit from Cadence (Brand kit, Export) and import that file.',
    newer:
      'This brand kit was made by a newer Cadence (file version {{version}}). Update Cadence to import it.',
    damaged: 'This brand kit file is damaged and was not imported: {{problem}}.',
  },
} as const;
