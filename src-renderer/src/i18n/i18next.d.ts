// Types i18next's keys by the English catalog: a key that is not in it, or a string's
// {{param}} left out of a call, does not compile.
import 'i18next';
import type { en } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
    strictKeyChecks: true;
    strictInterpolationChecks: true;
  }
}
