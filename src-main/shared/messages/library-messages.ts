// The library's refusals in English: pieces that are gone, and a library that is full.
export const LIBRARY_MESSAGES = {
  itemGone: 'That library piece no longer exists.',
  full: 'The library holds at most {{max}} pieces. Delete one you no longer use, then save this one.',
} as const;
