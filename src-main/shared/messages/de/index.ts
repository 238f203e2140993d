// The core's messages in German, by the same keys as shared/messages.
import type { CORE_MESSAGES } from '../core-messages';
import type { Catalog } from '../catalog';
import { activity } from './activity';
import { atRisk } from './at-risk';
import { backups } from './backups';
import { batch } from './batch';
import { brandKit } from './brand-kit';
import { connectors } from './connectors';
import { desktop } from './desktop';
import { errors } from './errors';
import { figures } from './figures';
import { handOff } from './hand-off';
import { imports } from './imports';
import { inbox } from './inbox';
import { input } from './input';
import { library } from './library';
import { media } from './media';
import { outbox } from './outbox';
import { ownAppGuides } from './own-app-guides';
import { plan } from './plan';
import { postFiles } from './post-files';
import { problems } from './problems';
import { queue } from './queue';
import { series } from './series';
import { reminders } from './reminders';
import { signIn } from './sign-in';
import { storage } from './storage';

export const core: Catalog<typeof CORE_MESSAGES> = {
  activity,
  atRisk,
  backups,
  batch,
  brandKit,
  connectors,
  desktop,
  errors,
  figures,
  handOff,
  imports,
  inbox,
  input,
  library,
  media,
  outbox,
  ownAppGuides,
  plan,
  postFiles,
  problems,
  queue,
  series,
  reminders,
  signIn,
  storage,
};
