// Every message the core and the shared checks show the owner, in English, by domain. The
// renderer's English catalog is this object (namespace "core"); other languages translate it.
import { PROBLEM_MESSAGES } from './problems-messages';

export const CORE_MESSAGES = {
  problems: PROBLEM_MESSAGES,
} as const;
