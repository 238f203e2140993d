// The composer's previews: how the post will look on each network.
export const previews = {
  title: 'Preview',
  channel: '{{network}} · {{channel}}',
  on: 'Preview on {{name}}',
  overLabel: 'Does not fit',
  over: {
    characters_one: '{{network}} takes {{count}} character: the marked part does not fit.',
    characters_other: '{{network}} takes {{count}} characters: the marked part does not fit.',
    graphemes_one: '{{network}} takes {{count}} character: the marked part does not fit.',
    graphemes_other: '{{network}} takes {{count}} characters: the marked part does not fit.',
    weighted_one:
      '{{network}} takes {{count}} character (links and some characters count more): the marked part does not fit.',
    weighted_other:
      '{{network}} takes {{count}} characters (links and some characters count more): the marked part does not fit.',
  },
  alt: 'ALT',
  noAlt: 'No alt text',
  altNotKept: '{{network}} keeps no alt text: say what matters in the text itself.',
  cropped: '{{network}} crops pictures in the feed as shown; the whole picture opens on a tap.',
  card: {
    reading: 'Reading the link’s page for its card…',
    noneYet: 'No card for this link now. Cadence reads the page again when the post is sent.',
    networkReads: '{{network}} reads the page itself when the post arrives and shows its own card.',
    byCadence: 'Cadence sends this card with the post.',
    byNetwork: '{{network}} makes its own card from the page; it may look a little different.',
    picture: 'Picture of “{{title}}”',
  },
} as const;
