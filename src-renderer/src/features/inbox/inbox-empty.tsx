// What the inbox says when there is nothing to list, by reason.
import { useNavigationStore } from '../../app/navigation-store';
import { NO_FILTERS, useInboxStore } from './inbox-store';

export function NoInboxChannels() {
  const go = useNavigationStore((s) => s.go);
  return (
    <div className="card empty-state">
      <h2>No channel with an inbox yet</h2>
      <p>
        Connect Bluesky, Mastodon or a Telegram bot, and the mentions, replies and comments you get will
        gather here.
      </p>
      <button type="button" className="button primary" onClick={() => go('settings')}>
        Connect a channel in Settings
      </button>
    </div>
  );
}

export function AllCaughtUp() {
  return (
    <div className="card empty-state inbox-zero">
      <h2>All caught up</h2>
      <p>Nothing is waiting for an answer. New mentions, replies and comments will show up here.</p>
    </div>
  );
}

export function NothingMatches() {
  const setFilters = useInboxStore((s) => s.setFilters);
  return (
    <div className="card empty-state">
      <h2>Nothing matches these filters</h2>
      <p>Try another channel, kind or label, or fewer words in the search.</p>
      <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
        Clear filters
      </button>
    </div>
  );
}
