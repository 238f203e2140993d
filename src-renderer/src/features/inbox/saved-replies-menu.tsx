// "Insert saved reply": a small popover listing the owner's snippets, and the way to manage them.
import { useEffect, useId, useRef, useState } from 'react';
import { SavedRepliesManager } from './saved-replies-manager';
import { useSavedReplies } from './saved-replies-store';

export function SavedRepliesMenu({ onInsert }: { onInsert(body: string): void }) {
  const replies = useSavedReplies((s) => s.replies);
  const loadError = useSavedReplies((s) => s.loadError);
  const load = useSavedReplies((s) => s.load);
  const [open, setOpen] = useState(false);
  const [managing, setManaging] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (replies === null) void load();
  }, [replies, load]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="saved-replies-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Insert saved reply
      </button>
      {open && (
        <div className="saved-replies-panel" id={panelId} role="group" aria-label="Saved replies">
          {loadError && <p className="inline-error">{loadError}</p>}
          {replies?.length === 0 && <p className="field-hint">No saved replies yet.</p>}
          <ul>
            {replies?.map((reply) => (
              <li key={reply.id}>
                <button
                  type="button"
                  className="saved-reply-choice"
                  onClick={() => {
                    onInsert(reply.body);
                    setOpen(false);
                  }}
                >
                  <span className="saved-reply-title">{reply.title}</span>
                  <span className="saved-reply-body">{reply.body}</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpen(false);
              setManaging(true);
            }}
          >
            Manage saved replies
          </button>
        </div>
      )}
      <SavedRepliesManager open={managing} onClose={() => setManaging(false)} />
    </div>
  );
}
