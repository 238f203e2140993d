import { useTranslation } from 'react-i18next';
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

/** Mounted once by the app; shows itself while a choice is pending. */
export function TimeChoiceDialog() {
  const { question: pending, answer, dialogProps } = timeChoice.useDialog();
  const { t } = useTranslation();

  const zone = pending?.timeZone ?? '';
  const explanation =
    pending?.check.kind === 'gap' ? t('timeChoice.gap', { zone }) : t('timeChoice.ambiguous', { zone });
  // The wall-clock time and its UTC offset tell the two moments apart; they stay as written.
  const describe = (option: TimeOption) => {
    const [date = '', time = ''] = option.local.split('T');
    return t('timeChoice.use', { time, offset: option.offset, date });
  };

  return (
    <dialog {...dialogProps} className="modal" aria-labelledby="time-choice-title">
      {pending && (
        <>
          <h2 id="time-choice-title">{t('timeChoice.title')}</h2>
          <p>{explanation}</p>
          <div className="modal-actions">
            {pending.check.options.map((option) => (
              <button
                key={option.choice}
                type="button"
                className="button primary"
                onClick={() => answer(option.choice)}
              >
                {describe(option)}
              </button>
            ))}
            <button type="button" className="button" onClick={() => answer(null)}>
              {t('cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
