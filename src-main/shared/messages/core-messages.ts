// Every message the core and the shared checks show the owner, in English, by domain. The
// renderer's English catalog is this object (namespace "core"); other languages translate it.
import { AT_RISK_MESSAGES } from './at-risk-messages';
import { BACKUP_MESSAGES } from './backup-messages';
import { BRAND_KIT_MESSAGES } from './brand-kit-messages';
import { CONNECTOR_MESSAGES } from './connector-messages';
import { ERROR_MESSAGES } from './error-messages';
import { PLAN_MESSAGES } from './plan-messages';
import { PROBLEM_MESSAGES } from './problems-messages';
import { STORAGE_MESSAGES } from './storage-messages';

export const CORE_MESSAGES = {
  atRisk: AT_RISK_MESSAGES,
  backups: BACKUP_MESSAGES,
  brandKit: BRAND_KIT_MESSAGES,
  connectors: CONNECTOR_MESSAGES,
  errors: ERROR_MESSAGES,
  plan: PLAN_MESSAGES,
  problems: PROBLEM_MESSAGES,
  storage: STORAGE_MESSAGES,
} as const;
