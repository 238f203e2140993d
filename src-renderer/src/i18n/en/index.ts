// The English catalog: the source every other language is checked against, by namespace. The
// app loads it in two parts, the first screen's words at once and the other screens' with them.
import { enAtOnce } from './at-once';
import { enLater } from './later';

export const en = { ...enAtOnce, ...enLater } as const;
