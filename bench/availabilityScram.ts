/**
 * computeAvailability beside SCRAM 0.16.2 on the same fault trees (issue 14): for each target, the
 * fault tree of "target DOWN" from bench/scramFaultTree.ts (built from the world's nodes directly,
 * not from the engine's structures) gets a failure probability on every basic event, SCRAM's BDD
 * computes the top event's probability exactly, and Cascade's availability must agree within 1e-9.
 *
 * The tree leaves out the target's own failure (it was made for cut sets of what else downs it),
 * so SCRAM's side is a(target) · (1 - P(top)), a(target) being 1 for anything but a component.
 * SCRAM prints probabilities to six significant digits: the row shows that rounding unit beside the
 * difference, and a target agrees when the difference is within 1e-9 or, if larger, within half of
 * SCRAM's last printed digit.
 *
 *   npm run build && node dist/bench/availabilityScram.js [--components 2000]   (0: the example world only)
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { computeAvailability } from '../src/domain/availability/computeAvailability';
import type { World } from '../src/domain/world';
import { exampleWorld } from '../src/seed/exampleWorld';
import { figuresFor, scramProbability } from './availabilityTrees';
import { estateGraph } from './estateGraph';
import { FaultModel, faultTree } from './scramFaultTree';
import { SCRAM, scramVersion } from './scramRun';
import { syntheticWorld } from './syntheticWorld';

const TOLERANCE = 1e-9;
const SCRAM_TIMEOUT_MS = 120_000;
const WORK_DIR = '/tmp/cascade-bench-availability-scram';

const EXAMPLE_TARGETS = ['bank.netbanking', 'bank.atm'];
const SYNTHETIC_TARGETS = ['syn.ent1.digital-channels', 'syn.ent1.offering-1', 'syn.ent1.dns', 'syn.ent2.svc-1', 'syn.ent2.digital-channels'];

interface Row {
  world: string;
  target: string;
  components: number;
  bddNodes: number | null;
  cascade: number | null;
  scram: number | null;
  difference: number | null;
  /** Half a unit of the sixth significant digit of SCRAM's P(top): what its printing alone may be off by. */
  scramRounding: number | null;
  cascadeMs: number;
  scramMs: number | null;
  note: string;
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--components');
  const components = at >= 0 ? Number(args[at + 1]) : 2000;
  const version = scramVersion();
  if (!version) {
    console.log(`SCRAM (${SCRAM}) is not installed: nothing to compare.`);
    return;
  }
  mkdirSync(WORK_DIR, { recursive: true });
  const rows: Row[] = [];
  rows.push(...compareWorld('example', exampleWorld, EXAMPLE_TARGETS));
  if (components > 0) rows.push(...compareWorld(`synthetic ${components}`, syntheticWorld({ components, seed: 1 }), SYNTHETIC_TARGETS));

  console.log(`${version}, scram --bdd --limit-order 2 --probability true; Cascade: computeAvailability (EXACT); agreement within ${TOLERANCE} (or SCRAM's printed precision)\n`);
  console.log('| world | target | components | BDD nodes | Cascade availability | SCRAM availability | difference | SCRAM rounding | Cascade ms | SCRAM ms | |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const f = (x: number | null, digits = 12) => (x === null ? '-' : x.toFixed(digits));
    const e = (x: number | null) => (x === null ? '-' : x.toExponential(1));
    console.log(
      `| ${r.world} | ${r.target} | ${r.components} | ${r.bddNodes ?? '-'} | ${f(r.cascade)} | ${f(r.scram)} | ${e(r.difference)} | ${e(r.scramRounding)} | ${r.cascadeMs.toFixed(1)} | ${r.scramMs === null ? '-' : r.scramMs.toFixed(0)} | ${r.note} |`,
    );
  }
  const failed = rows.filter((r) => r.difference === null || r.difference > Math.max(TOLERANCE, r.scramRounding ?? 0));
  console.log(failed.length === 0 ? `\nAll ${rows.length} targets agree within ${TOLERANCE}.` : `\n${failed.length} of ${rows.length} targets do NOT agree: ${failed.map((r) => r.target).join(', ')}`);
  if (failed.length > 0) process.exitCode = 1;
}

function compareWorld(name: string, world: World, targets: string[]): Row[] {
  const graph = estateGraph(world);
  const model = new FaultModel(world);
  const figures = figuresFor(world);
  const rows: Row[] = [];
  for (const target of targets) {
    if (!graph.nodes.has(target)) continue;
    const t0 = performance.now();
    const answer = computeAvailability(graph, target, figures);
    const cascadeMs = performance.now() - t0;
    const own = graph.nodes.get(target)!.kind === 'Component' ? figures.get(target)!.availability! : 1;
    const tree = faultTree(model, target);
    const row: Row = {
      world: name,
      target,
      components: answer.components.length,
      bddNodes: answer.decisionDiagramNodes,
      cascade: answer.availability,
      scram: null,
      difference: null,
      scramRounding: null,
      cascadeMs,
      scramMs: null,
      note: answer.method === 'EXACT' ? '' : `Cascade: ${answer.method} (${answer.whyEstimate})`,
    };
    if (!tree.canFail) {
      row.scram = own;
      row.note ||= 'nothing else can take it DOWN';
    } else {
      const file = path.join(WORK_DIR, `${target.replace(/[^A-Za-z0-9.-]+/g, '_')}.xml`);
      const scram = scramProbability(tree, figures, file, SCRAM_TIMEOUT_MS);
      row.scramMs = scram.ms;
      if (!scram.ok) row.note = scram.why;
      else {
        row.scram = own * (1 - scram.top);
        row.scramRounding = scram.rounding;
      }
    }
    if (row.cascade !== null && row.scram !== null) row.difference = Math.abs(row.cascade - row.scram);
    rows.push(row);
  }
  return rows;
}

main();
