// The English catalog: the source every other language is checked against, by namespace.
import { common } from './common';
import { settings } from './settings';

export const en = { common, settings } as const;
