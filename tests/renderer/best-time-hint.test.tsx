// @vitest-environment happy-dom
// The composer's "Best: Tue 6:00 PM": read for the chosen channels, shown on the business clock in
// the owner's language, labelled "typical for Bluesky" while not learned, with how sure Cadence
// is in words; a click puts the next such date and time into the fields.
import { act } from 'react';
import { expect, it } from 'vitest';
import type { ChannelBestTime } from '@shared/best-times';
import { BestTimeHint } from '../../src-renderer/src/features/composer/best-time-hint';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { mountedRoot } from './support/mounted-root';

// Wednesday 25 November 2026, 13:00 in Berlin.
const NOW = Date.parse('2026-11-25T12:00:00Z');
const ZONE = 'Europe/Berlin';

const learned: ChannelBestTime = {
  channelId: 'shop',
  channelName: 'Shop',
  network: 'mastodon',
  times: [
    { source: 'learned', weekday: 2, hour: 18, mean: 21, low: 17.4, high: 24.6, samples: 4 },
    { source: 'learned', weekday: 4, hour: 12, mean: 9, low: 6.2, high: 11.8, samples: 3 },
  ],
};
const typical: ChannelBestTime = {
  channelId: 'sky',
  channelName: 'Sky',
  network: 'bluesky',
  times: [{ source: 'networkDefault', weekday: 3, hour: 10, postsSoFar: 9, postsNeeded: 12 }],
};

const mounted = mountedRoot({ english: true, fakeTimers: { now: NOW, toFake: ['Date'] } });

async function shown(channelIds: string[], answers: ChannelBestTime[], picked: string[] = []) {
  await mounted.render(
    <BestTimeHint
      channelIds={channelIds}
      timeZone={ZONE}
      disabled={false}
      onPick={(local) => picked.push(local)}
    />,
  );
  const [read] = mounted.bridge.callsTo('metrics.bestTimes');
  expect(read!.input).toEqual({ channelIds });
  await act(async () => read!.answer(answers));
  return [...mounted.host.querySelectorAll('button')];
}

const noteOf = (button: HTMLButtonElement) =>
  mounted.host.querySelector(`#${CSS.escape(button.getAttribute('aria-describedby')!)}`)!.textContent;

it('shows a learned best time with its uncertainty, and a click sets the next such time', async () => {
  const picked: string[] = [];
  const [button] = await shown(['shop'], [learned], picked);
  expect(button!.textContent).toBe('Best: Tue 6:00 PM');
  expect(noteOf(button!)).toBe('Learned from 4 of your posts at this hour: about 17–25 interactions each.');
  await act(async () => button!.click());
  expect(picked).toEqual(['2026-12-01T18:00']);
});

it('offers the next best hour as "also", with its own sample size, and a click sets it', async () => {
  const picked: string[] = [];
  const [, also] = await shown(['shop'], [learned], picked);
  expect(also!.textContent).toBe('also Thu 12:00 PM');
  expect(also!.getAttribute('aria-label')).toBeNull();
  expect(noteOf(also!)).toBe('Learned from 3 of your posts at this hour: about 6–12 interactions each.');
  await act(async () => also!.click());
  expect(picked).toEqual(['2026-11-26T12:00']);
});

it('names each channel, labels a network default as typical, and skips an hour already past', async () => {
  const picked: string[] = [];
  const buttons = await shown(['shop', 'sky'], [learned, typical], picked);
  expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
    'Best for Shop: Tue 6:00 PM',
    'also Thu 12:00 PM for Shop',
    'Best for Sky: Wed 10:00 AM',
  ]);
  expect(noteOf(buttons[2]!)).toBe(
    'Typical for Bluesky, not learned yet: Cadence learns your own best time after 3 more measured posts.',
  );
  // Wednesday 10:00 has passed today in Berlin, so it is next Wednesday's.
  await act(async () => buttons[2]!.click());
  expect(picked).toEqual(['2026-12-02T10:00']);
});

it('reads German: the weekday and 24-hour time, "auch" for the next, and the note', async () => {
  await applyLanguageChoice('de');
  const [best, also, typicalButton] = await shown(['shop', 'sky'], [learned, typical]);
  expect(best!.textContent).toBe('Beste Zeit für Shop: Di., 18:00');
  expect(also!.textContent).toBe('auch Do., 12:00');
  expect(also!.getAttribute('aria-label')).toBe('auch Do., 12:00 für Shop');
  expect(typicalButton!.textContent).toBe('Beste Zeit für Sky: Mi., 10:00');
  expect(noteOf(typicalButton!)).toContain('Üblich für Bluesky, noch nicht gelernt');
});

it('asks nothing and shows nothing while no channel is chosen', async () => {
  await mounted.render(<BestTimeHint channelIds={[]} timeZone={ZONE} disabled={false} onPick={() => {}} />);
  expect(mounted.bridge.callsTo('metrics.bestTimes')).toEqual([]);
  expect(mounted.host.textContent).toBe('');
});
