// The list pane: "select all" with bulk actions, the rows, and "Load more" for older items.
import { useTranslation } from 'react-i18next';
import { useAppDataStore } from '../../state/app-data-store';
import { t as translate } from '../../i18n/i18n';
import { BulkBar } from './bulk-bar';
import { InboxRow } from './inbox-row';
import { useInboxStore } from './inbox-store';
import { useNow } from './use-now';

function countWords(shown: number, total: number | null, more: boolean): string {
  if (total !== null && shown < total) return translate('inbox:list.showing', { shown, total });
  return more
    ? translate('inbox:list.soFar', { count: shown })
    : translate('inbox:list.items', { count: shown });
}

export function InboxList() {
  const { t } = useTranslation('inbox');
  const items = useInboxStore((s) => s.items);
  const total = useInboxStore((s) => s.total);
  const nextBefore = useInboxStore((s) => s.nextBefore);
  const loadingMore = useInboxStore((s) => s.loadingMore);
  const currentId = useInboxStore((s) => s.currentId);
  const checked = useInboxStore((s) => s.checked);
  const select = useInboxStore((s) => s.select);
  const setChecked = useInboxStore((s) => s.setChecked);
  const loadMore = useInboxStore((s) => s.loadMore);
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const loadedAt = useInboxStore((s) => s.loadedAt);
  const now = Math.max(useNow(30_000), loadedAt);

  const check = (id: string, on: boolean) =>
    setChecked(
      on ? [...checked.filter((other) => other !== id), id] : checked.filter((other) => other !== id),
    );

  return (
    <section className="inbox-list-pane" aria-label={t('list.label')}>
      <BulkBar />
      <ul className="inbox-list">
        {items.map((item) => (
          <InboxRow
            key={item.id}
            item={item}
            current={item.id === currentId}
            checked={checked.includes(item.id)}
            timeZone={timeZone}
            now={now}
            onOpen={() => select(item.id)}
            onCheck={(on) => check(item.id, on)}
          />
        ))}
      </ul>
      <div className="inbox-list-footer">
        <span className="inbox-list-count">{countWords(items.length, total, nextBefore !== null)}</span>
        {nextBefore && (
          <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? t('list.loading') : t('list.more')}
          </button>
        )}
      </div>
    </section>
  );
}
