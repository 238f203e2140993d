import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { LintProblem } from '@shared/brand-kit/lint';

type Action = 'scheduling' | 'publishing';
type Pending = { problems: readonly LintProblem[]; action: Action; resolve(confirmed: boolean): void };

const usePostAnyway = create<{ pending: Pending | null }>(() => ({ pending: null }));

/** Asks the owner to confirm a post that breaks the brand kit; true only after "Post anyway". */
export function confirmPostAnyway(problems: readonly LintProblem[], action: Action): Promise<boolean> {
  if (problems.length === 0) return Promise.resolve(true);
  usePostAnyway.getState().pending?.resolve(false);
  return new Promise((resolve) => {
    usePostAnyway.setState({
      pending: {
        problems,
        action,
        resolve: (confirmed) => {
          usePostAnyway.setState({ pending: null });
          resolve(confirmed);
        },
      },
    });
  });
}

/** Mounted by the composer; shows itself while a confirmation is pending. */
export function PostAnywayDialog() {
  const pending = usePostAnyway((s) => s.pending);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal();
    if (!pending && element.open) element.close();
  }, [pending]);

  const count = pending?.problems.length ?? 0;
  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby="post-anyway-title"
      aria-describedby="post-anyway-message"
      onCancel={(event) => {
        event.preventDefault();
        pending?.resolve(false);
      }}
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
            <button type="button" className="button" onClick={() => pending.resolve(false)} autoFocus>
              Fix it first
            </button>
            <button type="button" className="button primary" onClick={() => pending.resolve(true)}>
              Post anyway
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
