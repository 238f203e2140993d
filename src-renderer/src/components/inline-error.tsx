// The one line under a control or form that says what went wrong. Every screen writes it the same
// way (role="alert" so a screen reader speaks it the moment it appears; the .inline-error class
// from page.css that the tests and page objects find it by), so it lives here once.
import { type ReactNode } from 'react';

export interface InlineErrorProps {
  /** What went wrong, in the owner's words; nothing is drawn while it is empty. */
  message: ReactNode;
  /** For the control that points at it with aria-describedby. */
  id?: string;
  /** A span where the line sits inside a label or a row, where a paragraph may not go. */
  as?: 'p' | 'span';
}

export function InlineError({ message, id, as: Line = 'p' }: InlineErrorProps) {
  if (message === null || message === undefined || message === false || message === '') return null;
  return (
    <Line id={id} role="alert" className="inline-error">
      {message}
    </Line>
  );
}

export interface OutcomeLineProps {
  /** Whether the step failed: then the line is an alert in the error style. */
  failed: boolean;
  text: string;
  /** How a success looks on this screen (a confirmation, a hint, a muted note). */
  okClassName: string;
  as?: 'p' | 'span';
}

/** The answer to something the owner just did: a quiet status when it worked, an error when not. */
export function OutcomeLine({ failed, text, okClassName, as: Line = 'p' }: OutcomeLineProps) {
  return (
    <Line role={failed ? 'alert' : 'status'} className={failed ? 'inline-error' : okClassName}>
      {text}
    </Line>
  );
}
