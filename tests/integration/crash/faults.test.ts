// The crash and fault run at a size `npm test` can afford (`npm run faults` runs 1,000
// injections): the core in a child process publishes to a real PDS and to the fakes of
// Mastodon, Telegram, Discord, a webhook and X while it is SIGKILLed between a send and its
// record and at random, answers are lost after the network took the post (a reset, a 502),
// 429s come in storms and the connection flaps. Every post must end on its networks exactly
// once, or visibly held for the owner.
import { expect, it } from 'vitest';
import { INJECTION_KINDS } from './fault-plan';
import { runFaults } from './fault-run';

const INJECTIONS = 60;

it(
  `delivers every post exactly once through ${INJECTIONS} injected crashes and faults`,
  async () => {
    const report = await runFaults({ injections: INJECTIONS });
    const { problems, ...figures } = report;
    console.log(`[faults] ${JSON.stringify(figures)}`);

    expect(problems).toEqual([]);
    expect(report).toMatchObject({ duplicates: 0, lost: 0, misreported: 0 });
    expect(report.injections).toBe(INJECTIONS);
    for (const kind of INJECTION_KINDS) expect(report.byKind[kind], kind).toBeGreaterThan(0);
    expect(Object.keys(report.byNetwork).sort()).toEqual(
      ['bluesky', 'discord', 'mastodon', 'telegram', 'webhook', 'x'].sort(),
    );
    expect(report.restarts).toBeGreaterThan(0);
    // The owner was asked, and answered, where Telegram and Discord could not tell.
    expect(report.ownerAnswers.published + report.ownerAnswers.sendAgain).toBeGreaterThan(0);
    expect(report.violations).toEqual([]);
  },
  10 * 60_000,
);
