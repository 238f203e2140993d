// Above the list: tick every shown item, then act on all ticked ones at once.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelPicker } from './label-picker';
import { changeLabels, setItemsStatus } from './inbox-actions';
import { useInboxStore } from './inbox-store';

export function BulkBar() {
  const { t } = useTranslation('inbox');
  const items = useInboxStore((s) => s.items);
  const checked = useInboxStore((s) => s.checked);
  const setChecked = useInboxStore((s) => s.setChecked);
  const all = useRef<HTMLInputElement>(null);
  const ticked = items.filter((item) => checked.includes(item.id));
  const some = ticked.length > 0 && ticked.length < items.length;

  useEffect(() => {
    if (all.current) all.current.indeterminate = some;
  }, [some]);

  const act = async (run: () => Promise<boolean>) => {
    if (await run()) setChecked([]);
  };
  const common =
    ticked.length > 0 ? ticked[0]!.labels.filter((l) => ticked.every((i) => i.labels.includes(l))) : [];

  return (
    <div className="inbox-bulk" role="toolbar" aria-label={t('bulk.label')}>
      <input
        ref={all}
        type="checkbox"
        className="inbox-select-all"
        aria-label={t('bulk.selectAll')}
        checked={items.length > 0 && ticked.length === items.length}
        disabled={items.length === 0}
        onChange={(event) => setChecked(event.target.checked ? items.map((item) => item.id) : [])}
      />
      <span className="inbox-bulk-count">
        {ticked.length > 0 ? t('bulk.selected', { count: ticked.length }) : t('bulk.all')}
      </span>
      {ticked.length > 0 && (
        <>
          <button
            type="button"
            className="button"
            onClick={() => void act(() => setItemsStatus(ticked, 'read'))}
          >
            {t('triage.markRead')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void act(() => setItemsStatus(ticked, 'new'))}
          >
            {t('triage.markUnread')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void act(() => setItemsStatus(ticked, 'done'))}
          >
            {t('triage.markDone')}
          </button>
          {ticked.some((item) => item.status === 'done') && (
            <button
              type="button"
              className="button"
              onClick={() =>
                void act(() =>
                  setItemsStatus(
                    ticked.filter((i) => i.status === 'done'),
                    'undone',
                  ),
                )
              }
            >
              {t('triage.markUndone')}
            </button>
          )}
          <LabelPicker
            buttonLabel={t('bulk.labels', { count: ticked.length })}
            applied={common}
            onChange={(add, remove) => void changeLabels(ticked, add, remove)}
          />
        </>
      )}
    </div>
  );
}
