import './confirm-dialog.css';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** "danger" for actions that destroy something; "primary" for a way forward. */
  tone?: 'danger' | 'primary';
  /** Disables the buttons while the confirmed action runs. */
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question for actions that cannot be undone. Escape and "Cancel" both decline. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  tone = 'danger',
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          <p id={messageId}>{message}</p>
          <div className="modal-actions">
            <button type="button" className="button" disabled={busy} onClick={onCancel} autoFocus>
              {t('cancel')}
            </button>
            <button type="button" className={`button ${tone}`} disabled={busy} onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
