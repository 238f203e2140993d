// LinkedIn's "little" text format, in which the Posts API takes a post's commentary
// (learn.microsoft.com/linkedin/marketing/community-management/shares/little-text-format):
// \ | { } @ [ ] ( ) < > # * _ ~ are reserved and "need to be escaped with a backslash, even if
// those characters are not used in one of the supported elements". Unescaped, LinkedIn cuts the
// post at the first one. A # that starts a word stays as it is: "#hashtag" is little's
// HashtagElement, so the owner's hashtags stay hashtags.

const RESERVED = new Set(['\\', '|', '{', '}', '@', '[', ']', '(', ')', '<', '>', '#', '*', '_', '~']);
const TAG_CHARACTER = /[\p{L}\p{N}]/u;
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** The owner's text as LinkedIn's commentary: every reserved character escaped but a hashtag's #. */
export function toLittleText(text: string): string {
  const characters = [...text];
  let little = '';
  characters.forEach((character, index) => {
    if (character === '#' && startsHashtag(characters, index)) little += character;
    else little += RESERVED.has(character) ? `\\${character}` : character;
  });
  return little;
}

/** A commentary LinkedIn gives back, as the plain text an owner would have typed. */
export function fromLittleText(little: string): string {
  return (
    little
      // {hashtag|#|tag}: little's HashtagTemplate, the other documented form of a hashtag.
      .replace(/\{hashtag\|\\?([#＃])\|([^}]*)\}/g, '$1$2')
      .replace(/\\(.)/gsu, '$1')
  );
}

function startsHashtag(characters: string[], index: number): boolean {
  const after = characters[index + 1];
  const before = characters[index - 1];
  return (
    after !== undefined && TAG_CHARACTER.test(after) && (before === undefined || !WORD_CHARACTER.test(before))
  );
}
