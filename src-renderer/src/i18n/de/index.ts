// The German catalog, in formal "Sie", as a small-business owner would want to read it.
import type { Catalog } from '../catalog';
import type { en } from '../en';
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
import { core } from '@shared/messages/de';
import { settings } from './settings';

export const de: Catalog<typeof en> = {
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
  core,
  settings,
};
