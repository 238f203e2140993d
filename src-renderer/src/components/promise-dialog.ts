// A modal question asked from anywhere, answered as a promise: `ask` shows the dialog and
// resolves with the owner's answer; a question still open when another is asked, or closed
// with Escape, gets the dismissed answer. The dialog component is mounted once and reads the
// open question through `useDialog`.
import { useEffect, useRef, type RefObject, type SyntheticEvent } from 'react';
import { create } from 'zustand';

interface Open<Question, Answer> {
  question: Question;
  answer(answer: Answer): void;
}

export interface PromiseDialog<Question, Answer> {
  ask(question: Question): Promise<Answer>;
  useDialog(): {
    /** The open question, or null while the dialog is closed. */
    question: Question | null;
    answer(answer: Answer): void;
    /** For the <dialog>: it opens while a question is open, and Escape dismisses it. */
    dialogProps: {
      ref: RefObject<HTMLDialogElement | null>;
      onCancel(event: SyntheticEvent<HTMLDialogElement>): void;
    };
  };
}

export function createPromiseDialog<Question, Answer>(dismissed: Answer): PromiseDialog<Question, Answer> {
  const useOpenStore = create<{ open: Open<Question, Answer> | null }>(() => ({ open: null }));
  const answerOpen = (answer: Answer) => useOpenStore.getState().open?.answer(answer);

  return {
    ask(question) {
      answerOpen(dismissed);
      return new Promise((resolve) => {
        useOpenStore.setState({
          open: {
            question,
            answer: (answer) => {
              useOpenStore.setState({ open: null });
              resolve(answer);
            },
          },
        });
      });
    },

    useDialog() {
      const open = useOpenStore((s) => s.open);
      const ref = useRef<HTMLDialogElement>(null);
      useEffect(() => {
        const element = ref.current;
        if (!element) return;
        if (open && !element.open) element.showModal();
        if (!open && element.open) element.close();
      }, [open]);
      return {
        question: open?.question ?? null,
        answer: answerOpen,
        dialogProps: {
          ref,
          onCancel: (event) => {
            event.preventDefault();
            answerOpen(dismissed);
          },
        },
      };
    },
  };
}
