// The period on screen. While the next period's posts load, the grid keeps the last one whole,
// its days with its posts, rather than drawing the new days with the old posts: paging then
// changes the grid once, when the posts arrive. Emptying it first cost a frame of its own (every
// chip taken out, laid out and painted), and the posts' answer waited behind that frame. A period
// drawn ahead of time (calendar-deck.tsx) has its posts already, and is shown at once.
import { useState } from 'react';
import type { CalendarPeriod } from './calendar-period';

/** `requested` once its posts have loaded; until then, the last period that had. */
export function useShownPeriod(requested: CalendarPeriod, loaded: boolean): CalendarPeriod {
  // React's way of keeping what an earlier render saw: set during render, re-rendered at once.
  const [shown, setShown] = useState(requested);
  if (loaded && shown !== requested) setShown(requested);
  return loaded ? requested : shown;
}
