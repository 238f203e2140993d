import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { TimeCheck, TimeOption } from '@shared/entities';

type Choice = TimeOption['choice'];
type PendingChoice = {
  check: Extract<TimeCheck, { kind: 'gap' | 'ambiguous' }>;
  timeZone: string;
  resolve(choice: Choice | null): void;
};

const useTimeChoice = create<{ pending: PendingChoice | null }>(() => ({ pending: null }));

/** Asks the owner which real instant they mean; null if they cancel. */
export function requestTimeChoice(check: PendingChoice['check'], timeZone: string): Promise<Choice | null> {
  useTimeChoice.getState().pending?.resolve(null);
  return new Promise((resolve) => {
    useTimeChoice.setState({
      pending: {
        check,
        timeZone,
        resolve: (choice) => {
          useTimeChoice.setState({ pending: null });
          resolve(choice);
        },
      },
    });
  });
}

function describe(option: TimeOption): string {
  const [date, time] = option.local.split('T');
  return `${time} ${option.offset} on ${date}`;
}

/** Mounted once by the app; shows itself while a choice is pending. */
export function TimeChoiceDialog() {
  const pending = useTimeChoice((s) => s.pending);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal();
    if (!pending && element.open) element.close();
  }, [pending]);

  const explanation =
    pending?.check.kind === 'gap'
      ? `The clocks in ${pending.timeZone} skip that time: it never happens that day. Pick one of these instead.`
      : `The clocks in ${pending?.timeZone} go back, so that time happens twice. Which one do you mean?`;

  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby="time-choice-title"
      onCancel={(event) => {
        event.preventDefault();
        pending?.resolve(null);
      }}
    >
      {pending && (
        <>
          <h2 id="time-choice-title">Choose a time</h2>
          <p>{explanation}</p>
          <div className="modal-actions">
            {pending.check.options.map((option) => (
              <button
                key={option.choice}
                type="button"
                className="button primary"
                onClick={() => pending.resolve(option.choice)}
              >
                Use {describe(option)}
              </button>
            ))}
            <button type="button" className="button" onClick={() => pending.resolve(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
