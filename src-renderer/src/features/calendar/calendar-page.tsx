import { memo, useCallback, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useAppDataStore } from '../../state/app-data-store';
import { useNavigationStore } from '../../state/navigation-store';
import {
  addDays,
  dayKey,
  entriesById,
  excerptOf,
  moveToDay,
  moveToSlot,
  parseDayKey,
  periodLabel,
  shiftAnchor,
  type CalendarView,
  type LocalDate,
} from './calendar-model';
import { AtRiskBanner } from './at-risk-banner';
import { PreflightPanel } from './preflight-panel';
import { CalendarEmpty } from './calendar-empty';
import { useCalendarViewStore } from './calendar-view-store';
import { CalendarToolbar } from './calendar-toolbar';
import { CalendarDeck } from './calendar-deck';
import { groupedByDay } from './calendar-pane';
import { usePaneActions } from './use-pane-actions';
import { periodAt } from './calendar-period';
import { calendarTimeZone, calendarWeekStart } from './opening-period';
import type { ChipMove } from './chip-events';
import { useCalendarKeys } from './use-calendar-keys';
import { useCalendarPosts } from './use-calendar-posts';
import { PostBulkBar } from '../../components/post-bulk-bar';
import {
  NO_SELECTION,
  nextSelection,
  type SelectGesture,
  type Selection,
} from '../../components/post-selection';
import { useChannelsAtRisk } from './use-channels-at-risk';
import { useFollowedFocus } from './use-followed-focus';
import { usePublishNow } from './use-publish-now';
import { useReschedule } from './use-reschedule';
import { useSelectionStyle } from './use-selection-style';
import { useShownPeriod } from './use-shown-period';
import { useTodayKey } from './use-today';
import { QueuePausedBanner } from '../queue/queue-paused-banner';
import './calendar.css';

export function CalendarPage() {
  const timeZone = useAppDataStore((s) => calendarTimeZone(s.profile));
  const channels = useAppDataStore((s) => s.channels);
  const openPost = useNavigationStore((s) => s.openPost);
  const go = useNavigationStore((s) => s.go);
  const view = useCalendarViewStore((s) => s.view);
  const chosenAnchor = useCalendarViewStore((s) => s.anchor);
  const show = useCalendarViewStore((s) => s.show);
  const { t } = useTranslation('calendar');

  const todayKey = useTodayKey(timeZone);
  const today = useMemo(() => parseDayKey(todayKey), [todayKey]);
  const anchor = chosenAnchor ?? today;
  const weekStart = useAppDataStore((s) => calendarWeekStart(s.profile));

  const requested = useMemo(
    () => periodAt(view, anchor, weekStart, timeZone),
    [view, anchor, weekStart, timeZone],
  );
  const requestedPosts = useCalendarPosts(requested, timeZone);
  const shown = useShownPeriod(requested, requestedPosts.loaded);
  const { posts, error, patch, reload } = useCalendarPosts(shown, timeZone);
  const loaded = requestedPosts.loaded;
  const atRisk = useChannelsAtRisk();
  const byDay = useMemo(
    () => groupedByDay(posts, timeZone, channels, atRisk.postIds),
    [posts, timeZone, channels, atRisk.postIds],
  );
  const entryById = entriesById(byDay);
  const visibleCount = useMemo(
    () => shown.days.reduce((count, day) => count + (byDay.get(dayKey(day))?.length ?? 0), 0),
    [shown, byDay],
  );
  const { move, error: moveError, dismissError, announcement } = useReschedule(timeZone, patch);
  const followFocus = useFollowedFocus(loaded);
  const publishNow = usePublishNow(patch);
  const onPublish = publishNow.publish;
  const label = periodLabel(view, anchor, weekStart);

  const newPost = useCallback(() => openPost(null), [openPost]);
  const step = (periods: number) => show(view, shiftAnchor(view, anchor, periods));
  const goToday = () => show(view, null);
  const switchView = (next: CalendarView) => show(next, chosenAnchor);
  useCalendarKeys({ onNew: newPost, onPrevious: () => step(-1), onNext: () => step(1), onToday: goToday });

  const onDropOnDay = useCallback(
    (postId: string, day: LocalDate) => {
      const entry = entryById.get(postId);
      if (entry) void move(entry, moveToDay(entry.local, day));
    },
    [entryById, move],
  );
  const onDropOnSlot = useCallback(
    (postId: string, day: LocalDate, hour: number) => {
      const entry = entryById.get(postId);
      if (entry) void move(entry, moveToSlot(entry.local, day, hour));
    },
    [entryById, move],
  );
  const onKeyMove = useCallback(
    (postId: string, { days: dayShift, hours }: ChipMove) => {
      const entry = entryById.get(postId);
      if (!entry) return;
      const day = addDays(parseDayKey(entry.dayKey), dayShift);
      const hour = Math.min(23, Math.max(0, entry.hour + hours));
      // Follow the post when it leaves the period on screen, so focus can stay on it.
      if (!shown.days.some((visible) => dayKey(visible) === dayKey(day))) show(view, day);
      followFocus(postId);
      void move(entry, moveToSlot(entry.local, day, hour));
    },
    [entryById, move, shown, show, view, followFocus],
  );
  const onShowDay = useCallback((day: LocalDate) => show('week', day), [show]);
  // Several posts selected on the calendar, for a bulk action; a Shift-click range runs in time order.
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const order = useMemo(
    () =>
      [...entryById.values()]
        .sort((a, b) => (a.post.scheduledAt ?? 0) - (b.post.scheduledAt ?? 0))
        .map((entry) => entry.post.id),
    [entryById],
  );
  const onSelect = useCallback(
    (postId: string, gesture: SelectGesture) =>
      setSelection((current) => nextSelection(current, postId, gesture, order)),
    [order],
  );
  const actions = usePaneActions({
    onOpen: openPost,
    onDropOnDay,
    onDropOnSlot,
    onKeyMove,
    onPublish,
    onSelect,
    onShowDay,
  });
  const selected = selection.ids.filter((id) => entryById.has(id));
  useSelectionStyle(selected);

  return (
    <div className="calendar">
      <CalendarToolbar
        label={label}
        view={view}
        timeZone={timeZone}
        loading={!loaded}
        onPrevious={() => step(-1)}
        onNext={() => step(1)}
        onToday={goToday}
        onView={switchView}
      />
      <AtRiskBanner risks={atRisk.risks} timeZone={timeZone} />
      <PreflightPanel timeZone={timeZone} />
      <QueuePausedBanner />
      {error && (
        <div role="alert" className="error-banner calendar-alert">
          <span>{error}</span>
          <button type="button" className="button" onClick={reload}>
            {t('tryAgain')}
          </button>
        </div>
      )}
      {moveError && (
        <div role="alert" className="error-banner calendar-alert">
          <span>{moveError}</span>
          <button type="button" className="button" onClick={dismissError}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {publishNow.error && (
        <div role="alert" className="error-banner calendar-alert">
          <span>{publishNow.error}</span>
          <button type="button" className="button" onClick={publishNow.dismissError}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {loaded && !error && visibleCount === 0 && (
        <CalendarEmpty
          period={label}
          hasChannels={channels.length > 0}
          onCreate={newPost}
          onSettings={() => go('settings')}
        />
      )}
      <CalendarDeck
        shown={shown}
        requested={requested}
        drawAhead={loaded}
        weekStart={weekStart}
        todayKey={todayKey}
        timeZone={timeZone}
        channels={channels}
        atRiskIds={atRisk.postIds}
        actions={actions}
      />
      {selected.length > 0 && (
        <PostBulkBar
          selected={selected}
          onClear={() => setSelection(NO_SELECTION)}
          titleOf={(id) => excerptOf(entryById.get(id)!)}
        />
      )}
      <p className="sr-only" role="status">
        {announcement}
      </p>
      <p className="sr-only" role="status">
        {publishNow.announcement}
      </p>
      <CalendarHint />
    </div>
  );
}

/**
 * The keyboard hint under the grid, on its own: building its marked-up words took a millisecond
 * or two on every render of the page, twice a page turn, for words that change only with the
 * language.
 */
const CalendarHint = memo(function CalendarHint() {
  const { t } = useTranslation('calendar');
  return (
    <p className="calendar-hint">
      <Trans t={t} i18nKey="hint" components={{ kbd: <kbd /> }} />
    </p>
  );
});
