// Page shortcuts (N for a new post, the calendar's arrows, the inbox's j / k) stay out of the
// way while the owner is typing in a field.

const FIELDS = 'input, textarea, select, [contenteditable]';
/** Every field but the ones a key press only toggles or presses. */
const TEXT_FIELDS =
  'textarea, select, [contenteditable], input:not([type=checkbox]):not([type=radio]):not([type=button])';

export interface TypingOptions {
  /**
   * Whether checkboxes, radio buttons and input buttons count as fields. The inbox says no, so
   * its shortcuts keep working from a ticked row.
   */
  togglesAreFields?: boolean;
}

/** True when a key press at `target` belongs to the field there rather than to the page. */
export function isTyping(
  target: EventTarget | null,
  { togglesAreFields = true }: TypingOptions = {},
): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest(togglesAreFields ? FIELDS : TEXT_FIELDS) !== null;
}
