import { useId } from 'react';
import type { LintProblem } from '@shared/brand-kit/lint';
import { t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';

interface KitProblemListProps {
  problems: readonly LintProblem[];
  /** The textarea the positions refer to, so "Show" can select the text in question. */
  textareaId: string;
  /** Opens the kit, to change a rule that does not fit. */
  onOpenKit(): void;
}

function select(textareaId: string, problem: LintProblem) {
  const textarea = document.getElementById(textareaId);
  if (!(textarea instanceof HTMLTextAreaElement)) return;
  textarea.focus();
  textarea.setSelectionRange(problem.start, problem.end);
}

/** Each brand-kit problem in plain words, with a button that selects it in the text. */
export function KitProblemList({ problems, textareaId, onOpenKit }: KitProblemListProps) {
  const headingId = useId();
  const count = problems.length;
  return (
    <div className="kit-problems" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="kit-problems-title">
        {t('brandKit:check.title')}
      </p>
      <p role="status" className="kit-problems-summary">
        {count === 0 ? t('brandKit:check.fits') : t('brandKit:check.problems', { count })}
      </p>
      {count > 0 && (
        <ul className="kit-problem-items" aria-label={t('brandKit:check.list')}>
          {problems.map((problem, index) => (
            <li
              key={`${problem.ruleId}-${problem.start}-${index}`}
              className="kit-problem"
              data-severity={problem.severity}
            >
              <span>{ownerWords(problem)}</span>
              <button
                type="button"
                className="button subtle"
                aria-label={t('brandKit:check.showLabel', { problem: ownerWords(problem) })}
                onClick={() => select(textareaId, problem)}
              >
                {t('brandKit:check.show')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {count > 0 && (
        <button type="button" className="button subtle kit-open" onClick={onOpenKit}>
          {t('brandKit:check.open')}
        </button>
      )}
    </div>
  );
}
