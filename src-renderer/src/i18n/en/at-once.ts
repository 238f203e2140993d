// The English words the first screen shows (the calendar, the first-run welcome, the shell and
// what they open in place) and the core's sentences, which any screen may show. They come with
// the first screen; the other screens' words come with those screens (later.ts).
import { CORE_MESSAGES } from '@shared/messages/core-messages';
import { calendar } from './calendar';
import { common } from './common';
import { connect } from './connect';
import { find } from './find';
import { inbox } from './inbox';
import { onboarding } from './onboarding';
import { queue } from './queue';
import { reminders } from './reminders';

export const enAtOnce = {
  calendar,
  common,
  connect,
  core: CORE_MESSAGES,
  find,
  inbox,
  onboarding,
  queue,
  reminders,
} as const;
