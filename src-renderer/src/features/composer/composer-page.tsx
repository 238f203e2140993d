import '../../components/page.css';
import './composer.css';
import './publishing.css';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../state/navigation-store';
import { call } from '../../lib/api';
import { queryState, useCoreLoad } from '../../lib/use-core-query';
import { ComposerEditor } from './composer-editor';
import { clearJournal, contentOf, EMPTY_CONTENT, readJournal, recoverableContent } from './draft-journal';
import type { DraftStart } from './use-draft-editor';

/** Loads the post (or starts a new one), bringing back any text the core never confirmed. */
async function open(postId: string | null): Promise<DraftStart> {
  const post = postId ? await call('posts.get', { id: postId }) : null;
  const journal = readJournal(postId);
  const recovered = recoverableContent(post, journal);
  if (!recovered && journal) clearJournal(postId);
  const stored = post ? contentOf(post) : EMPTY_CONTENT;
  return { post, content: recovered ?? stored, recovered: recovered !== null };
}

export function ComposerPage() {
  const postId = useNavigationStore((s) => s.postId);
  const visit = useNavigationStore((s) => s.visit);
  // A new key per visit: "New post" twice in a row starts over, and each visit loads afresh.
  return <ComposerLoader key={visit} postId={postId} />;
}

function ComposerLoader({ postId }: { postId: string | null }) {
  const opening = queryState(
    useCoreLoad(postId ?? 'new', () => open(postId)),
    (start) => ({ start }),
  );
  const go = useNavigationStore((s) => s.go);
  const { t } = useTranslation('composer');

  if (opening.kind === 'ready') return <ComposerEditor start={opening.start} />;
  if (opening.kind === 'loading') return <p className="loading">{t('opening')}</p>;
  return (
    <div className="composer">
      <h1>{t('editPost')}</h1>
      <p role="alert" className="error-banner">
        {opening.message}
      </p>
      <button type="button" className="button" onClick={() => go('drafts')}>
        {t('backToDrafts')}
      </button>
    </div>
  );
}
