// `npm run faults`: the full crash and fault run, 1,000 injections (FAULTS_INJECTIONS to change
// it, FAULTS_SEED to repeat a run's plan). Prints one JSON line with the figures, then a
// readable summary; exits 1 when a post was duplicated, lost or misreported.
import { INJECTION_KINDS } from './fault-plan';
import { runFaults, type FaultReport } from './fault-run';

const injections = Number(process.env.FAULTS_INJECTIONS ?? 1000);
const seed = process.env.FAULTS_SEED === undefined ? undefined : Number(process.env.FAULTS_SEED);

const report = await runFaults({ injections, seed, log: (line) => console.error(line) });
const { problems, ...figures } = report;
console.log(JSON.stringify({ name: 'faults', ...figures }));
console.log(summary(report));
process.exit(report.duplicates + report.lost + report.misreported === 0 ? 0 : 1);

function summary(r: FaultReport): string {
  const held = r.heldAtEnd.failed + r.heldAtEnd.missed + r.heldAtEnd.unknown;
  const lines = [
    '',
    `Crash and fault run (seed ${r.seed}): ${r.injections} injections in ${Math.round(r.durationMs / 1000)} s`,
    ...INJECTION_KINDS.map((kind) => `  ${kind.padEnd(30)} ${r.byKind[kind]}`),
    `  by network: ${Object.entries(r.byNetwork)
      .map(([network, n]) => `${network} ${n}`)
      .join(', ')}`,
    `${r.posts} posts to ${r.targets} channel targets over ${r.rounds} rounds, ${r.simulatedHours} simulated hours, ${r.restarts} restarts of the core`,
    `  delivered exactly once   ${r.delivered}`,
    `  duplicates               ${r.duplicates}`,
    `  lost                     ${r.lost}`,
    `  misreported              ${r.misreported}  (on the network, yet not shown as published)`,
    `  held for the owner       ${held}  (failed ${r.heldAtEnd.failed}, missed ${r.heldAtEnd.missed}, unknown ${r.heldAtEnd.unknown})`,
    `  owner's answers          ${r.ownerAnswers.published} "It was published", ${r.ownerAnswers.sendAgain} "Send it again", where only the owner could tell`,
  ];
  for (const [network, count] of Object.entries(r.reconnects)) {
    lines.push(`  owner reconnected ${network} ${count} time(s): a crash cost its sign-in`);
  }
  for (const [reason, count] of Object.entries(r.heldReasons)) lines.push(`    ${count} × ${reason}`);
  if (r.violations.length > 0) lines.push(`Requests off the networks' rules: ${r.violations.length}`);
  for (const problem of problems) lines.push(`  ! ${problem}`);
  return lines.join('\n');
}
