// The author's picture, or their initials when there is none or it cannot load. Only https
// pictures are shown: the page's content policy refuses others.
import { useState } from 'react';

function initials(name: string): string {
  const words = name
    .replace(/^@/, '')
    .split(/[\s._-]+/)
    .filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words[1]![0]}` : (words[0] ?? '?').slice(0, 2)).toUpperCase();
}

export function AuthorAvatar({ name, url }: { name: string; url: string | null }) {
  const [failed, setFailed] = useState(false);
  if (url && url.startsWith('https://') && !failed) {
    return <img className="inbox-avatar" src={url} alt="" onError={() => setFailed(true)} />;
  }
  return (
    <span className="inbox-avatar initials" aria-hidden="true">
      {initials(name)}
    </span>
  );
}
