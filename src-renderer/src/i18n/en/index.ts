// The English catalog: the source every other language is checked against, by namespace.
import { CORE_MESSAGES } from '@shared/messages/core-messages';
import { backups } from './backups';
import { brandKit } from './brand-kit';
import { calendar } from './calendar';
import { common } from './common';
import { composer } from './composer';
import { connect } from './connect';
import { drafts } from './drafts';
import { find } from './find';
import { inbox } from './inbox';
import { insights } from './insights';
import { library } from './library';
import { onboarding } from './onboarding';
import { plan } from './plan';
import { postFiles } from './post-files';
import { previews } from './previews';
import { queue } from './queue';
import { reminders } from './reminders';
import { settings } from './settings';

export const en = {
  backups,
  brandKit,
  calendar,
  common,
  composer,
  connect,
  drafts,
  find,
  inbox,
  insights,
  library,
  onboarding,
  plan,
  postFiles,
  previews,
  queue,
  reminders,
  core: CORE_MESSAGES,
  settings,
} as const;
