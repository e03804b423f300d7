/**
 * What the availability benches share: the seeded component figures, and SCRAM's exact
 * probability of a fault tree from bench/scramFaultTree.ts with those figures on its basic events.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { AvailabilityFigure } from '../src/domain/availability/availabilityFigure';
import type { World } from '../src/domain/world';
import { prng } from './prng';
import { FaultTree } from './scramFaultTree';
import { SCRAM } from './scramRun';

/**
 * Figures drawn from a seeded generator in component id order, between 0.9999 and 0.999999. Small
 * failure probabilities keep the top event's probability small, and SCRAM prints it with six
 * significant digits only: at 1e-3 that is 1e-9 absolute, enough for the comparison.
 */
export function figuresFor(world: World): Map<string, AvailabilityFigure> {
  const random = prng(14);
  const ids = world.nodes.filter((n) => n.label === 'Component').map((n) => n.id).sort();
  return new Map(ids.map((id) => [id, { availability: 1 - 10 ** -(4 + 2 * random()), source: 'ASSUMED' }]));
}

export type ScramProbability =
  | { ok: true; top: number; ms: number; rounding: number }
  | { ok: false; ms: number; why: string };

/**
 * SCRAM's BDD probability of the tree's top event, as a whole process (`--limit-order 2`: the
 * probability comes from SCRAM's whole BDD either way, and the full list of minimal cut sets of a
 * large service runs to millions). `rounding` is half a unit of the sixth significant digit SCRAM
 * prints. Under `prlimit --as` when a memory cap is given: SCRAM's BDD can take all the machine's
 * memory on a large tree.
 */
export function scramProbability(tree: FaultTree, figures: Map<string, AvailabilityFigure>, file: string, timeoutMs: number, memoryBytes?: number): ScramProbability {
  const report = `${file}.report.xml`;
  writeFileSync(file, withProbabilities(tree.xml, tree.componentOf, figures));
  const args = ['--bdd', '--limit-order', '2', '--probability', 'true', '--no-indent', '-o', report, file];
  const [command, argv] = memoryBytes ? ['prlimit', [`--as=${memoryBytes}`, '--', SCRAM, ...args]] : [SCRAM, args];
  const t0 = performance.now();
  const run = spawnSync(command, argv, { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
  const ms = performance.now() - t0;
  if (run.error || run.signal) return { ok: false, ms, why: `SCRAM did not finish within ${timeoutMs / 1000} s` };
  if (run.status !== 0) return { ok: false, ms, why: `SCRAM failed: ${run.stderr.trim().split('\n').slice(-1).join(' ').slice(0, 120)}` };
  const top = topProbability(readFileSync(report, 'utf8'));
  return { ok: true, top, ms, rounding: top === 0 ? 0 : 0.5 * 10 ** (Math.floor(Math.log10(top)) - 5) };
}

/** The tree's basic events with their failure probabilities, as Open-PSA MEF floats. */
function withProbabilities(xml: string, componentOf: Map<string, string>, figures: Map<string, AvailabilityFigure>): string {
  return xml.replace(/<define-basic-event name="([^"]+)"\/>/g, (_, name: string) => {
    const q = 1 - figures.get(componentOf.get(name)!)!.availability!;
    return `<define-basic-event name="${name}"><float value="${q.toPrecision(17)}"/></define-basic-event>`;
  });
}

/** The top gate's probability in a SCRAM 0.16 report: `<sum-of-products name="top" ... probability="p">`. */
function topProbability(report: string): number {
  const sum = /<sum-of-products name="top"[^>]*\bprobability="([^"]+)"/.exec(report);
  if (!sum) throw new Error('no probability of the top gate in the SCRAM report');
  return Number(sum[1]);
}
