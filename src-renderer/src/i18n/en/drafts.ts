// The drafts list.
export const drafts = {
  title: 'Drafts',
  count_one: '{{count}} draft',
  count_other: '{{count}} drafts',
  loading: 'Loading drafts…',
  empty: {
    title: 'No drafts yet',
    text: 'Start a post whenever an idea comes. It saves as you type, even without a connection.',
    write: 'Write your first post',
  },
  untitled: 'Untitled draft',
  noChannel: 'No channel yet',
  images_one: '{{count}} image',
  images_other: '{{count}} images',
  editedNow: 'Edited just now',
  edited: 'Edited {{when}}',
} as const;
