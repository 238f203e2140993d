// The English words of the screens the shell loads when the owner first opens one (composer,
// settings, insights, ...): loaded with them (loadScreenCatalogs), so the calendar's first paint
// does not wait for words it never shows.
import { backups } from './backups';
import { brandKit } from './brand-kit';
import { composer } from './composer';
import { drafts } from './drafts';
import { insights } from './insights';
import { library } from './library';
import { plan } from './plan';
import { postFiles } from './post-files';
import { previews } from './previews';
import { settings } from './settings';

export const enLater = {
  backups,
  brandKit,
  composer,
  drafts,
  insights,
  library,
  plan,
  postFiles,
  previews,
  settings,
} as const;
