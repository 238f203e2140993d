import type { TimeCheck, TimeOption } from '@shared/entities';
import { createPromiseDialog } from './promise-dialog';

type Choice = TimeOption['choice'];
interface TimeQuestion {
  check: Extract<TimeCheck, { kind: 'gap' | 'ambiguous' }>;
  timeZone: string;
}

const timeChoice = createPromiseDialog<TimeQuestion, Choice | null>(null);

/** Asks the owner which real instant they mean; null if they cancel. */
export function requestTimeChoice(check: TimeQuestion['check'], timeZone: string): Promise<Choice | null> {
  return timeChoice.ask({ check, timeZone });
}

function describe(option: TimeOption): string {
  const [date, time] = option.local.split('T');
  return `${time} ${option.offset} on ${date}`;
}

/** Mounted once by the app; shows itself while a choice is pending. */
export function TimeChoiceDialog() {
  const { question: pending, answer, dialogProps } = timeChoice.useDialog();

  const explanation =
    pending?.check.kind === 'gap'
      ? `The clocks in ${pending.timeZone} skip that time: it never happens that day. Pick one of these instead.`
      : `The clocks in ${pending?.timeZone} go back, so that time happens twice. Which one do you mean?`;

  return (
    <dialog {...dialogProps} className="modal" aria-labelledby="time-choice-title">
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
                onClick={() => answer(option.choice)}
              >
                Use {describe(option)}
              </button>
            ))}
            <button type="button" className="button" onClick={() => answer(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
