// The core's messages in German, by the same keys as shared/messages.
import type { CORE_MESSAGES } from '@shared/messages/core-messages';
import type { Catalog } from '../../catalog';
import { atRisk } from './at-risk';
import { backups } from './backups';
import { brandKit } from './brand-kit';
import { connectors } from './connectors';
import { errors } from './errors';
import { plan } from './plan';
import { problems } from './problems';
import { storage } from './storage';

export const core: Catalog<typeof CORE_MESSAGES> = {
  atRisk,
  backups,
  brandKit,
  connectors,
  errors,
  plan,
  problems,
  storage,
};
