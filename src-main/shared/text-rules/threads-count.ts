// How Threads measures a post: "Text posts are limited to 500 characters … Emojis are counted as
// the number of UTF-8 bytes" (developers.facebook.com/docs/threads/posts). So each emoji
// (a whole sequence: a flag, a family joined by ZWJ, a skin tone) counts its bytes, usually 4
// or more, and every other user-perceived character counts one.
import { utf8ByteLength } from './unicode';

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
let segmenter: Intl.Segmenter | undefined;

export function countThreads(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const { segment } of segmenter.segment(text))
    count += EMOJI.test(segment) ? utf8ByteLength(segment) : 1;
  return count;
}
