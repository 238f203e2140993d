// Page shortcuts: N new post, ← / → previous or next period, T today. They stay out of the
// way while the owner types or answers a dialog.
import { useEffect, useRef } from 'react';
import { isTyping } from '../../lib/is-typing';

export interface CalendarKeyHandlers {
  onNew(): void;
  onPrevious(): void;
  onNext(): void;
  onToday(): void;
}

export function useCalendarKeys(handlers: CalendarKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open], [aria-modal="true"]')) {
        return;
      }
      const action = {
        n: latest.current.onNew,
        arrowleft: latest.current.onPrevious,
        arrowright: latest.current.onNext,
        t: latest.current.onToday,
      }[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
