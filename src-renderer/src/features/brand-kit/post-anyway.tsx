import type { LintProblem } from '@shared/brand-kit/lint';
import { createPromiseDialog } from '../../components/promise-dialog';

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
          <h2 id="post-anyway-title">This post breaks your brand kit</h2>
          <p id="post-anyway-message">
            {count === 1 ? 'There is 1 problem' : `There are ${count} problems`}. You can fix{' '}
            {count === 1 ? 'it' : 'them'} first, or go ahead with{' '}
            {pending.action === 'scheduling' ? 'scheduling' : 'publishing'} as it is.
          </p>
          <ul className="post-anyway-problems">
            {pending.problems.map((problem, index) => (
              <li key={`${problem.ruleId}-${problem.start}-${index}`}>{problem.message}</li>
            ))}
          </ul>
          <div className="modal-actions">
            <button type="button" className="button" onClick={() => answer(false)} autoFocus>
              Fix it first
            </button>
            <button type="button" className="button primary" onClick={() => answer(true)}>
              Post anyway
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
