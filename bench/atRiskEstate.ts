/**
 * atRisk on the synthetic estate (issue 14), in memory: what one question decides within its budget
 * (AT_RISK_BUDGET) and how long it takes. The estate as availabilityEstate.ts builds it, with the same
 * seeded component figures; the agreed levels of every offering read from the world as
 * cypher/agreedAvailability.cypher reads them from the graph (availability levels in % of the
 * relationships that cover it, with their consumer; availabilityTarget of the services it includes;
 * strictest first, a contract first on equal levels). Prints one line per run. With --page N, then
 * pages through every level as a client would (first N from offset 0, then from each nextOffset),
 * each call as the API makes it (promises and people, the page, one budget), and prints the calls,
 * their time and what they decided together.
 *
 *   npm run build && node dist/bench/atRiskEstate.js --components 20000 --runs 2 [--page 10]
 */
import { StatedLevel } from '../src/domain/availability/agreedGap';
import { agreedPeriodOf } from '../src/domain/availability/agreedPeriod';
import { AtRiskEntry, agreedPromises, candidatePage, checkPromises } from '../src/domain/availability/atRisk';
import { Fact, FactType, buildTopology, isFactType } from '../src/domain/impact/topology';
import { API_LIMITS, API_SAMPLES, AT_RISK_BUDGET } from '../src/services/availabilityService';
import { figuresFor } from './availabilityTrees';
import { estateGraph } from './estateGraph';
import { syntheticWorld } from './syntheticWorld';

function option(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  const value = k >= 0 ? Number(process.argv[k + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number of at least 1`);
  return value;
}

function main(): void {
  const components = option('components', 20_000);
  const runs = option('runs', 2);
  const pageSize = process.argv.includes('--page') ? option('page', 10) : null;
  const seed = option('seed', 1);
  const log = (msg: string) => process.stdout.write(`[bench:atRisk] ${msg}\n`);
  const world = syntheticWorld({ components, seed });
  const graph = estateGraph(world);
  const facts: Fact[] = world.relationships.filter((r) => isFactType(r.type)).map((r) => ({ type: r.type as FactType, from: r.from, to: r.to }));
  const groups = world.nodes.filter((n) => n.label === 'ConsumerGroup').map((n) => ({ id: n.id, name: String(n.properties.name), size: Number(n.properties.size) }));
  const topology = buildTopology({ version: 'bench', nodes: [...graph.nodes.values()], edges: [...graph.allEdges()], networkEnds: graph.networkEnds, groups, facts });

  const byId = new Map(world.nodes.map((n) => [n.id, n]));
  /** Targets by relationship type and source: `AGREES sr.x` -> service levels. */
  const out = new Map<string, string[]>();
  for (const r of world.relationships) {
    const key = `${r.type} ${r.from}`;
    (out.get(key) ?? out.set(key, []).get(key)!).push(r.to);
  }
  const levels = new Map<string, StatedLevel[]>();
  const add = (offering: string, level: StatedLevel) => (levels.get(offering) ?? levels.set(offering, []).get(offering)!).push(level);
  for (const r of world.relationships) {
    if (r.type === 'COVERS') {
      const consumerId = out.get(`HAS_CONSUMER ${r.from}`)?.[0] ?? null;
      for (const slId of out.get(`AGREES ${r.from}`) ?? []) {
        const sl = byId.get(slId)!.properties;
        if (String(sl.metric).toLowerCase() !== 'availability' || sl.unit !== '%' || typeof sl.target !== 'number') continue;
        add(r.to, { sourceId: slId, percent: sl.target, relationshipId: r.from, relationshipName: r.from, consumerId, period: agreedPeriodOf(sl.period) });
      }
    } else if (r.type === 'INCLUDES') {
      const target = byId.get(r.to)?.properties.availabilityTarget;
      if (typeof target === 'number') add(r.from, { sourceId: r.to, percent: target, relationshipId: null, relationshipName: null, consumerId: null, period: null });
    }
  }
  const contractFirst = (l: StatedLevel) => (l.relationshipId === null ? 1 : 0);
  for (const list of levels.values()) list.sort((a, b) => b.percent - a.percent || contractFirst(a) - contractFirst(b) || a.sourceId.localeCompare(b.sourceId));
  const figures = figuresFor(world);
  log(`estate of ${components} components (seed ${seed}): ${levels.size} offerings with an agreed level; budget ${JSON.stringify(AT_RISK_BUDGET)}`);

  for (let run = 1; run <= runs; run += 1) {
    const started = performance.now();
    const promises = agreedPromises(topology, levels);
    const answer = checkPromises(graph, promises, figures, { defaultAvailability: null, perTarget: API_LIMITS, budget: AT_RISK_BUDGET, samples: API_SAMPLES });
    const ms = performance.now() - started;
    const undecided = new Map<string, number>();
    for (const e of answer.undecided) undecided.set(e.undecided!, (undecided.get(e.undecided!) ?? 0) + 1);
    const kept = answer.checked - answer.atRisk.length - answer.undecided.length;
    log(
      `run ${run}: ${answer.checked} levels in ${(ms / 1000).toFixed(2)} s: ${answer.atRisk.length} missed, ${kept} kept, ` +
        `undecided ${[...undecided].map(([why, n]) => `${why} ${n}`).join(', ') || 'none'}`,
    );
  }
  if (pageSize === null) return;

  // A call decides its candidates from offset up to nextOffset (the first it left BUDGET_SPENT); the
  // rest of its page is asked again. Kept levels are not listed: they are what is decided and not listed.
  const listed = new Map<number, AtRiskEntry>();
  let offset: number | null = 0;
  let calls = 0;
  let candidates = 0;
  const times: number[] = [];
  while (offset !== null) {
    const started = performance.now();
    const promises = agreedPromises(topology, levels);
    const page = candidatePage(topology, promises, { provider: null, consumer: null, service: null }, offset, pageSize);
    const options = { defaultAvailability: null, perTarget: API_LIMITS, budget: AT_RISK_BUDGET, samples: API_SAMPLES, offset, candidates: page.candidates };
    const answer = checkPromises(graph, page.page, figures, options);
    times.push(performance.now() - started);
    const until = answer.nextOffset ?? Number.POSITIVE_INFINITY;
    for (const e of [...answer.atRisk, ...answer.undecided]) if (e.position < until) listed.set(e.position, e);
    ({ candidates } = answer);
    offset = answer.nextOffset;
    calls += 1;
  }
  const missed = [...listed.values()].filter((e) => e.undecided === null).length;
  const why = new Map<string, number>();
  for (const e of listed.values()) if (e.undecided) why.set(e.undecided, (why.get(e.undecided) ?? 0) + 1);
  times.sort((a, b) => a - b);
  log(
    `paged by ${pageSize}: ${calls} calls, ${candidates} levels: ${missed} missed, ${candidates - listed.size} kept, ` +
      `undecided ${[...why].map(([w, n]) => `${w} ${n}`).join(', ') || 'none'}; ` +
      `per call median ${(times[times.length >> 1] / 1000).toFixed(2)} s, max ${(times.at(-1)! / 1000).toFixed(2)} s, total ${(times.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`,
  );
}

main();
