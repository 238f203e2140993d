// Settings: the business, the plan, channels and how to connect them, publishing, language.
export const settings = {
  title: 'Settings',
  language: {
    title: 'Language',
    label: 'Language of Cadence',
    system: 'Same as this computer ({{language}})',
    hint: 'Dates, times, numbers and amounts are written the way this language writes them.',
  },
} as const;
