// A list of posts to open or select for a bulk action (search results). Each row is a button
// that opens the post; Space or Ctrl/⌘-click selects it, Shift-click a range, and its checkbox
// does the same for a pointer or a screen reader.
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '@shared/entities';
import { formatDateTime } from '../../lib/format';
import { t as translate } from '../../i18n/i18n';
import { PostBulkBar } from '../../components/post-bulk-bar';
import { usePostSelection } from '../../components/post-selection';

interface FoundPostsProps {
  posts: PostSummary[];
  timeZone: string;
  onOpen(postId: string): void;
}

export function titleOf(post: PostSummary): string {
  return post.excerpt.replace(/\s+/g, ' ').trim() || translate('find:results.untitled');
}

export function FoundPosts({ posts, timeZone, onOpen }: FoundPostsProps) {
  const { t } = useTranslation('find');
  const selection = usePostSelection(posts.map((post) => post.id));
  const titles = new Map(posts.map((post) => [post.id, titleOf(post)]));

  if (posts.length === 0) return <p className="search-none">{t('results.none')}</p>;
  return (
    <>
      {selection.selected.length > 0 && (
        <PostBulkBar
          selected={selection.selected}
          onClear={selection.clear}
          titleOf={(postId) => titles.get(postId) ?? postId}
        />
      )}
      <p className="search-hint">{t('selection.hint')}</p>
      <ul className="found-posts" aria-label={t('results.label')}>
        {posts.map((post) => {
          const title = titles.get(post.id)!;
          const selected = selection.isSelected(post.id);
          return (
            <li key={post.id} className={selected ? 'found-post selected' : 'found-post'}>
              <input
                type="checkbox"
                aria-label={title}
                checked={selected}
                onChange={() => selection.toggle(post.id)}
              />
              <button
                type="button"
                className="found-post-open"
                onClick={(event) => {
                  if (!selection.onClick(event, post.id)) onOpen(post.id);
                }}
                onKeyDown={(event) => selection.onKeyDown(event, post.id)}
              >
                <span className="found-post-title">{title}</span>
                <span className="found-post-meta">
                  {t(`statuses.${post.status}`)}
                  {' · '}
                  {post.scheduledAt === null
                    ? t('results.noDate')
                    : formatDateTime(post.scheduledAt, { dateStyle: 'medium', timeStyle: 'short', timeZone })}
                  {selected && ` · ${t('selection.selected')}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
