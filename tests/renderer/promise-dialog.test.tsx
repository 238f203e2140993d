// @vitest-environment happy-dom
// createPromiseDialog: a question asked from anywhere opens the mounted dialog, and the
// promise resolves with the owner's answer; a newer question or Escape dismisses the open one.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createPromiseDialog } from '../../src-renderer/src/components/promise-dialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const question = createPromiseDialog<string, 'yes' | 'no' | 'dismissed'>('dismissed');

function QuestionDialog() {
  const { question: open, answer, dialogProps } = question.useDialog();
  return (
    <dialog {...dialogProps} aria-label="Question">
      {open && (
        <>
          <p>{open}</p>
          <button type="button" onClick={() => answer('yes')}>
            Yes
          </button>
        </>
      )}
    </dialog>
  );
}

const container = document.createElement('div');
document.body.append(container);
const root = createRoot(container);
act(() => root.render(<QuestionDialog />));
const dialog = () => container.querySelector('dialog')!;

afterEach(async () => {
  // Leave no question open for the next test.
  if (dialog().open) await act(async () => dialog().dispatchEvent(new Event('cancel', { cancelable: true })));
});

describe('createPromiseDialog', () => {
  it('opens with the question and resolves with the answer chosen, then closes', async () => {
    let asked!: Promise<string>;
    await act(async () => {
      asked = question.ask('Post it?');
    });
    expect(dialog().open).toBe(true);
    expect(dialog().textContent).toContain('Post it?');

    await act(async () => container.querySelector('button')!.click());
    await expect(asked).resolves.toBe('yes');
    expect(dialog().open).toBe(false);
  });

  it('dismisses an open question when a newer one is asked', async () => {
    let first!: Promise<string>;
    await act(async () => {
      first = question.ask('First?');
      question.ask('Second?').catch(() => undefined);
    });
    await expect(first).resolves.toBe('dismissed');
    expect(dialog().textContent).toContain('Second?');
  });

  it('dismisses the question on Escape, which the dialog reports as cancel', async () => {
    let asked!: Promise<string>;
    await act(async () => {
      asked = question.ask('Post it?');
    });
    const cancel = new Event('cancel', { cancelable: true });
    await act(async () => dialog().dispatchEvent(cancel));
    await expect(asked).resolves.toBe('dismissed');
    expect(cancel.defaultPrevented).toBe(true);
    expect(dialog().open).toBe(false);
  });
});
