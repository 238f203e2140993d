import type { LintProblem } from '@shared/brand-kit/lint';
import { createPromiseDialog } from '../../components/promise-dialog';
import { t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';

type Action = 'scheduling' | 'publishing';

const postAnyway = createPromiseDialog<{ problems: readonly LintProblem[]; action: Action }, boolean>(false);

/** Asks the owner to confirm a post that breaks the brand kit; true only after "Post anyway". */
export function confirmPostAnyway(problems: readonly LintProblem[], action: Action): Promise<boolean> {
  if (problems.length === 0) return Promise.resolve(true);
  return postAnyway.ask({ problems, action });
}

/** Mounted by the composer; shows itself while a confirmation is pending. */
export function PostAnywayDialog() {
  const { question: pending, answer, dialogProps } = postAnyway.useDialog();

  const count = pending?.problems.length ?? 0;
  return (
    <dialog
      {...dialogProps}
      className="modal"
      aria-labelledby="post-anyway-title"
      aria-describedby="post-anyway-message"
    >
      {pending && (
        <>
          <h2 id="post-anyway-title">{t('brandKit:anyway.title')}</h2>
          <p id="post-anyway-message">
            {pending.action === 'scheduling'
              ? t('brandKit:anyway.scheduling', { count })
              : t('brandKit:anyway.publishing', { count })}
          </p>
          <ul className="post-anyway-problems">
            {pending.problems.map((problem, index) => (
              <li key={`${problem.ruleId}-${problem.start}-${index}`}>{ownerWords(problem)}</li>
            ))}
          </ul>
          <div className="modal-actions">
            <button type="button" className="button" onClick={() => answer(false)} autoFocus>
              {t('brandKit:anyway.fix')}
            </button>
            <button type="button" className="button primary" onClick={() => answer(true)}>
              {t('brandKit:anyway.post')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
