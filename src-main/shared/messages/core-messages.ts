// Every message the core and the shared checks show the owner, in English, by domain. The
// renderer's English catalog is this object (namespace "core"); other languages translate it.
import { ACTIVITY_MESSAGES } from './activity-messages';
import { AT_RISK_MESSAGES } from './at-risk-messages';
import { BACKUP_MESSAGES } from './backup-messages';
import { BATCH_MESSAGES } from './batch-messages';
import { BRAND_KIT_MESSAGES } from './brand-kit-messages';
import { CONNECTOR_MESSAGES } from './connector-messages';
import { DESKTOP_MESSAGES } from './desktop-messages';
import { ERROR_MESSAGES } from './error-messages';
import { FIGURE_MESSAGES } from './figure-messages';
import { HAND_OFF_MESSAGES } from './hand-off-messages';
import { IMPORT_MESSAGES } from './import-messages';
import { INBOX_MESSAGES } from './inbox-messages';
import { INPUT_MESSAGES } from './input-messages';
import { LIBRARY_MESSAGES } from './library-messages';
import { MEDIA_MESSAGES } from './media-messages';
import { OUTBOX_MESSAGES } from './outbox-messages';
import { OWN_APP_GUIDE_MESSAGES } from './own-app-guide-messages';
import { PLAN_MESSAGES } from './plan-messages';
import { POST_FILE_MESSAGES } from './post-file-messages';
import { PROBLEM_MESSAGES } from './problems-messages';
import { QUEUE_MESSAGES } from './queue-messages';
import { SERIES_MESSAGES } from './series-messages';
import { REMINDER_MESSAGES } from './reminder-messages';
import { SIGN_IN_MESSAGES } from './sign-in-messages';
import { STORAGE_MESSAGES } from './storage-messages';

export const CORE_MESSAGES = {
  activity: ACTIVITY_MESSAGES,
  atRisk: AT_RISK_MESSAGES,
  backups: BACKUP_MESSAGES,
  batch: BATCH_MESSAGES,
  brandKit: BRAND_KIT_MESSAGES,
  connectors: CONNECTOR_MESSAGES,
  desktop: DESKTOP_MESSAGES,
  errors: ERROR_MESSAGES,
  figures: FIGURE_MESSAGES,
  handOff: HAND_OFF_MESSAGES,
  imports: IMPORT_MESSAGES,
  inbox: INBOX_MESSAGES,
  input: INPUT_MESSAGES,
  library: LIBRARY_MESSAGES,
  media: MEDIA_MESSAGES,
  outbox: OUTBOX_MESSAGES,
  ownAppGuides: OWN_APP_GUIDE_MESSAGES,
  plan: PLAN_MESSAGES,
  postFiles: POST_FILE_MESSAGES,
  problems: PROBLEM_MESSAGES,
  queue: QUEUE_MESSAGES,
  series: SERIES_MESSAGES,
  reminders: REMINDER_MESSAGES,
  signIn: SIGN_IN_MESSAGES,
  storage: STORAGE_MESSAGES,
} as const;
