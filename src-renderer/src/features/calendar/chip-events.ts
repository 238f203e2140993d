// One set of handlers per grid for every chip in it (open, select, publish now, Alt+arrow moves,
// drag): a month of chips then mounts no closures of its own, and a chip re-renders only when what
// it shows changes. The handlers find the chip from the event's target by its data attributes.
import {
  useMemo,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { gestureOf, type SelectGesture } from '../../components/post-selection';
import { entriesById, excerptOf, type CalendarEntry } from './calendar-model';
import { startPostDrag } from './calendar-dnd';
import { sayNow, templatedSay, templatedSayCount, type Say, type SayCount } from './templated-words';

export interface ChipMove {
  days: number;
  hours: number;
}

export interface ChipHandlers {
  onOpen(postId: string): void;
  onKeyMove(postId: string, move: ChipMove): void;
  onPublish(postId: string, excerpt: string): void;
  /** Ctrl/⌘-click or Space toggles a post in the selection, Shift-click or Shift+Space a range. */
  onSelect(postId: string, gesture: SelectGesture): void;
}

/** The words every chip of a grid shares, translated once per grid and language. */
export interface ChipWords {
  hint: string;
  hintPublished: string;
  publish: string;
  publishTitle: string;
  /** The month cell's "+N more" tooltip. */
  moreTitle: string;
  /** Translates each key once for all the grid's chips and slots (templated-words.ts). */
  say: Say;
  /** The same for words with a count: "+3 more", "2 free slots". */
  sayCount: SayCount;
}

function keyMove(event: KeyboardEvent, roomy: boolean): ChipMove | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowLeft') return { days: -1, hours: 0 };
  if (event.key === 'ArrowRight') return { days: 1, hours: 0 };
  if (roomy && event.key === 'ArrowUp') return { days: 0, hours: -1 };
  if (roomy && event.key === 'ArrowDown') return { days: 0, hours: 1 };
  return null;
}

const chipOf = (event: { target: EventTarget }) =>
  (event.target as Element).closest<HTMLElement>('[data-post-id]');

/** The post of the chip, or of the chip's publish button, that an event happened on. */
const postIdOf = (target: EventTarget): string | null => {
  const element = (target as Element).closest?.<HTMLElement>('[data-post-id], [data-publish-post-id]');
  return element?.dataset.postId ?? element?.dataset.publishPostId ?? null;
};

/** Spread on the grid's container; `roomy` is the week's chips, which also move by the hour. */
export function useChipEvents(byDay: Map<string, CalendarEntry[]>, roomy: boolean, handlers: ChipHandlers) {
  const { t } = useTranslation('calendar');
  const { onOpen, onKeyMove, onPublish, onSelect } = handlers;
  const words = useMemo<ChipWords>(
    () => ({
      hint: roomy ? t('chip.hintWeek') : t('chip.hintMonth'),
      hintPublished: t('chip.hintPublished'),
      publish: t('chip.publish'),
      publishTitle: t('chip.publishTitle'),
      moreTitle: t('moreTitle'),
      // A new one with each language (t changes with it), so no words of the last one are kept.
      say: templatedSay(sayNow),
      sayCount: templatedSayCount(),
    }),
    [t, roomy],
  );
  const entries = entriesById(byDay);
  const movable = (entry: CalendarEntry | undefined): entry is CalendarEntry =>
    entry !== undefined && entry.post.status !== 'published';
  // The chip under the pointer or focus, the one that shows its "Publish now" button.
  const [active, setActive] = useState<string | null>(null);
  const follow = (event: MouseEvent | FocusEvent) => {
    const postId = postIdOf(event.target);
    if (postId) setActive(postId);
  };

  const events = {
    onClick(event: MouseEvent) {
      const publish = (event.target as Element).closest<HTMLElement>('[data-publish-post-id]');
      const entry = publish && entries.get(publish.dataset.publishPostId!);
      if (entry) return onPublish(entry.post.id, excerptOf(entry));
      const chip = chipOf(event);
      if (!chip) return;
      const gesture = gestureOf(event);
      if (gesture) {
        event.preventDefault();
        onSelect(chip.dataset.postId!, gesture);
      } else onOpen(chip.dataset.postId!);
    },
    onMouseOver: follow,
    onFocus: follow,
    onKeyDown(event: KeyboardEvent) {
      const chip = chipOf(event);
      if (chip && event.key === 'Tab' && event.shiftKey) return activatePrevious(chip, event.currentTarget);
      if (chip && event.key === ' ') {
        event.preventDefault();
        return onSelect(chip.dataset.postId!, event.shiftKey ? 'range' : 'toggle');
      }
      const entry = chip ? entries.get(chip.dataset.postId!) : undefined;
      const move = movable(entry) ? keyMove(event, roomy) : null;
      if (!entry || !move) return;
      event.preventDefault();
      onKeyMove(entry.post.id, move);
    },
    onDragStart(event: DragEvent) {
      const chip = chipOf(event);
      if (!chip) return;
      if (movable(entries.get(chip.dataset.postId!))) startPostDrag(event, chip.dataset.postId!);
      else event.preventDefault();
    },
  };
  /**
   * Shift+Tab from a chip: the chip before it gets its "Publish now" button before the browser
   * moves focus, so going back reaches that button as going forward did.
   */
  function activatePrevious(chip: HTMLElement, grid: Element) {
    const chips = [...grid.querySelectorAll<HTMLElement>('[data-post-id]')];
    const previous = chips[chips.indexOf(chip) - 1]?.dataset.postId;
    if (previous && movable(entries.get(previous))) flushSync(() => setActive(previous));
  }

  return { words, events, active };
}
