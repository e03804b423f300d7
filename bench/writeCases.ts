/**
 * The write side of the bench (bench/runBench.ts runs these after the read cases): how soon an
 * acknowledged write shows in an impact answer, what writes arriving do to impact latency, and
 * what single mutations cost beside a bare MERGE on the same database. Every figure is measured
 * side by side in one run; the report gives ratios.
 */
import { Gateway } from '../src/neo4j/gateway';
import { GraphQLBody, postGraphQL } from './postGraphQL';
import { Summary, alternate, medianRatio, summarize } from './stats';
import { SyntheticProbes } from './syntheticWorld';

export interface WriteCaseResult {
  name: string;
  measures: string;
  /** The side being judged and the side it is compared with. */
  subject: Summary;
  baseline: Summary;
  subjectLabel: string;
  baselineLabel: string;
  pairedRatio: number;
  note: string;
}

interface Context {
  url: string;
  adminToken: string;
  gateway: Gateway;
  probes: SyntheticProbes;
  iterations: number;
  log: (msg: string) => void;
}

const TOR_IMPACT = `query ($id: ID!) { impact(failures: [{ id: $id }]) { summary { components { down degraded } peopleDown peopleDegraded } } }`;
// Only the switch and what needs it alone (the probe) are DOWN: its pair keeps the rack up.
const TOR_NODES = `query ($id: ID!) { impact(failures: [{ id: $id }]) { nodes(states: [DOWN], first: 1000) { nodes { id } } } }`;
const UPSERT = `mutation ($input: ComponentInput!) { upsertComponent(input: $input) { id revision } }`;
const CONNECT = `mutation ($from: ID!, $to: ID!) { connect(input: { type: DEPENDS_ON, from: $from, to: $to }) { created } }`;
const DISCONNECT = `mutation ($from: ID!, $to: ID!) { disconnect(input: { type: DEPENDS_ON, from: $from, to: $to }) { removed } }`;

const CYCLIC_SUMMARY = `query ($id: ID!) { impact(failures: [{ id: $id }]) { summary { peopleDown peopleDegraded } } }`;
const CYCLIC_FULL = `query ($id: ID!) { impact(failures: [{ id: $id }]) { summary { peopleDown peopleDegraded } cyclicSupport { cycle { id } nodes { id } } } }`;
const CYCLIC_COUNTS = `query ($id: ID!) { impact(failures: [{ id: $id }]) { summary { peopleDown peopleDegraded } cyclicSupport { cycle { id } nodeCount } } }`;

/**
 * What asking for cyclicSupport adds to an impact question, for a top-of-rack switch and a core
 * router: the whole listing (every node held up only by a cycle, thousands at 100k) and the counts
 * (`nodeCount`), each beside the same question without it. Exported so that these rows can be run
 * alone (they need the API and the estate only).
 */
export async function runCyclicSupportCases(ctx: Context): Promise<WriteCaseResult[]> {
  const post = async (query: string, variables: Record<string, unknown>): Promise<{ ms: number; body: GraphQLBody }> => {
    const t0 = performance.now();
    const body = await postGraphQL(ctx.url, query, variables, { authorization: `Bearer ${ctx.adminToken}` });
    if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code ?? 'error'}: ${body.errors[0].message}`);
    return { ms: performance.now() - t0, body };
  };
  const results: WriteCaseResult[] = [];
  for (const [what, id] of [
    ['a top-of-rack switch', ctx.probes.torSwitch],
    ['a core router', ctx.probes.coreRouter],
  ] as const) {
    // Untimed, and without cyclicSupport: the writes of earlier cases (the bare MERGEs are writes
    // outside Cascade, which make the topology load afresh) are caught up here, not charged to a side.
    const catchUp = (await post(CYCLIC_SUMMARY, { id })).ms;
    // The first question with cyclicSupport on this version: the cycle region laid out, if it must be.
    const first = (await post(CYCLIC_FULL, { id })).ms;
    const firstNote = `first question with it ${first.toFixed(0)} ms, after one without it that caught up with earlier cases' writes in ${catchUp.toFixed(0)} ms`;
    for (const [rows, query, selection] of [
      ['', CYCLIC_FULL, 'cyclicSupport { cycle { id } nodes { id } }'],
      [' counts', CYCLIC_COUNTS, 'cyclicSupport { cycle { id } nodeCount }'],
    ] as const) {
      ctx.log(`case "impact of ${what} with cyclicSupport${rows} vs without"`);
      const withIt: number[] = [];
      const without: number[] = [];
      let flagged = 0;
      await alternate(
        ctx.iterations,
        async () => {
          const { ms, body } = await post(query, { id });
          withIt.push(ms);
          const support = (body.data?.impact as { cyclicSupport: { nodes?: unknown[]; nodeCount?: number }[] }).cyclicSupport;
          flagged = support.reduce((n, s) => n + (s.nodeCount ?? s.nodes?.length ?? 0), 0);
        },
        async () => without.push((await post(CYCLIC_SUMMARY, { id })).ms),
      );
      results.push({
        name: `impact of ${what} with cyclicSupport${rows} vs without`,
        measures: `subject: \`impact(failures: [${what}]) { summary ${selection} }\`; baseline: the same without cyclicSupport`,
        subject: summarize(withIt),
        baseline: summarize(without),
        subjectLabel: `with cyclicSupport${rows}`,
        baselineLabel: 'without',
        pairedRatio: medianRatio(withIt, without),
        note: `${flagged} nodes held up only by cycles in the answer${rows === '' ? `; ${firstNote}` : ''}`,
      });
    }
  }
  return results;
}

export async function runWriteCases(ctx: Context): Promise<WriteCaseResult[]> {
  const post = async (query: string, variables: Record<string, unknown>): Promise<{ ms: number; body: GraphQLBody }> => {
    const t0 = performance.now();
    const body = await postGraphQL(ctx.url, query, variables, { authorization: `Bearer ${ctx.adminToken}` });
    if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code ?? 'error'}: ${body.errors[0].message}`);
    return { ms: performance.now() - t0, body };
  };
  const tor = ctx.probes.torSwitch;
  const results: WriteCaseResult[] = [];
  const run = `w${Date.now().toString(36)}`;

  // --- write acknowledged -> visible in impact --------------------------------------------------------
  ctx.log('case "write acknowledged -> visible in impact"');
  const visible: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < ctx.iterations; i += 1) {
    const probe = `bench.${run}.visible-${i}`;
    await post(UPSERT, { input: { id: probe, name: `Bench probe ${i}`, kind: 'SERVER' } });
    // Idle first: the same question with nothing written since the last answer (the first one may
    // still catch up with the upsert above).
    await post(TOR_NODES, { id: tor });
    idle.push((await post(TOR_NODES, { id: tor })).ms);
    await post(CONNECT, { from: probe, to: tor });
    const acknowledged = performance.now();
    for (let attempt = 1; ; attempt += 1) {
      const { body } = await post(TOR_NODES, { id: tor });
      const nodes = (body.data?.impact as { nodes: { nodes: { id: string }[] } }).nodes.nodes;
      if (nodes.some((n) => n.id === probe)) break;
      if (attempt >= 200) throw new Error(`${probe} not in the impact of ${tor} after 200 questions`);
    }
    visible.push(performance.now() - acknowledged);
  }
  results.push({
    name: 'write acknowledged -> visible in impact',
    measures:
      'subject: from the acknowledgement of `connect(probe DEPENDS_ON torSwitch)` until an `impact(failures: [torSwitch]) { nodes(states: [DOWN]) }` answer lists the probe ' +
      '(questions repeated until it does); baseline: the same question with nothing written since the last one',
    subject: summarize(visible),
    baseline: summarize(idle),
    subjectLabel: 'visible after',
    baselineLabel: 'idle question',
    pairedRatio: medianRatio(visible, idle),
    note: 'every first answer after the acknowledgement already listed the probe (read your writes) unless the subject exceeds one question',
  });

  // --- impact latency while writes arrive --------------------------------------------------------------
  ctx.log('case "impact while writes arrive"');
  let writing = false;
  let writes = 0;
  const writer = async () => {
    // A description edit (changes nothing an answer reads), then a dependency added and removed.
    for (let k = 0; writing; k += 1) {
      const probe = `bench.${run}.busy-${k % 20}`;
      await post(UPSERT, { input: { id: probe, name: `Busy probe ${k % 20}`, kind: 'SERVER', description: `edit ${k}` } });
      await post(CONNECT, { from: probe, to: tor });
      await post(DISCONNECT, { from: probe, to: tor });
      writes += 3;
    }
  };
  const quiet: number[] = [];
  const busy: number[] = [];
  const block = 5;
  for (let i = 0; i < ctx.iterations; i += block) {
    for (let k = 0; k < block; k += 1) quiet.push((await post(TOR_IMPACT, { id: tor })).ms);
    writing = true;
    const done = writer();
    for (let k = 0; k < block; k += 1) busy.push((await post(TOR_IMPACT, { id: tor })).ms);
    writing = false;
    await done;
  }
  results.push({
    name: 'impact while writes arrive',
    measures:
      'subject: `impact(failures: [torSwitch]) { summary }` while one client writes without pause (upsert, connect, disconnect, in turn); ' +
      'baseline: the same question with no writes; blocks of 5 alternate',
    subject: summarize(busy),
    baseline: summarize(quiet),
    subjectLabel: 'during writes',
    baselineLabel: 'idle',
    pairedRatio: medianRatio(busy, quiet),
    note: `${writes} writes acknowledged during the busy blocks`,
  });

  // --- single writes beside a bare MERGE ---------------------------------------------------------------
  for (const [name, mutation] of [
    ['upsertComponent', 'upsert'],
    ['connect', 'connect'],
  ] as const) {
    ctx.log(`case "${name} vs a bare MERGE"`);
    const api: number[] = [];
    const bare: number[] = [];
    await alternate(
      ctx.iterations,
      async (i) => {
        const id = `bench.${run}.${mutation}-${i}`;
        if (mutation === 'upsert') api.push((await post(UPSERT, { input: { id, name: `Upsert probe ${i}`, kind: 'SERVER' } })).ms);
        else {
          await post(UPSERT, { input: { id, name: `Connect probe ${i}`, kind: 'SERVER' } });
          api.push((await post(CONNECT, { from: id, to: tor })).ms);
        }
      },
      async (i) => {
        const t0 = performance.now();
        await ctx.gateway.write('benchMerge', { id: `bench.${run}.bare-${mutation}-${i}`, name: `Bare probe ${i}`, to: tor });
        bare.push(performance.now() - t0);
      },
    );
    results.push({
      name: `${name} vs a bare single MERGE`,
      measures:
        `subject: \`${mutation === 'upsert' ? 'upsertComponent' : 'connect(DEPENDS_ON)'}\` over HTTP (validation, revision check, history, version); ` +
        'baseline: `benchMerge`, one MERGE of a node and a DEPENDS_ON relationship through the same gateway',
      subject: summarize(api),
      baseline: summarize(bare),
      subjectLabel: 'API',
      baselineLabel: 'bare',
      pairedRatio: medianRatio(api, bare),
      note: '',
    });
  }

  results.push(...(await runCyclicSupportCases(ctx)));

  // --- statuses from many clients at once ---------------------------------------------------------------
  ctx.log('case "20 statuses at once"');
  const SET_STATUS = `mutation ($input: SetStatusInput!) { setStatus(input: $input) { state } }`;
  // Twenty switches of the first racks: distinct entities, as twenty monitoring clients would report.
  const switches = Array.from({ length: 10 }, (_, r) => [`syn.dc1.tor-${r + 1}a`, `syn.dc1.tor-${r + 1}b`]).flat();
  const together: number[] = [];
  const bareTogether: number[] = [];
  const stateOf = (i: number) => (i % 2 === 0 ? 'DEGRADED' : 'UP');
  await alternate(
    ctx.iterations,
    async (i) => {
      const t0 = performance.now();
      await Promise.all(switches.map((id) => post(SET_STATUS, { input: { id, status: stateOf(i), reason: `bench ${i}` } })));
      together.push(performance.now() - t0);
    },
    async (i) => {
      const t0 = performance.now();
      // The same statement the API runs, straight through the gateway.
      await Promise.all(
        switches.map((id) => ctx.gateway.write('setStatuses', { changes: [{ id, state: stateOf(i), reason: `bench bare ${i}`, onBehalfOf: null, incidentId: null }], by: 'bench' })),
      );
      bareTogether.push(performance.now() - t0);
    },
  );
  // Left as found: every switch UP.
  await Promise.all(switches.map((id) => post(SET_STATUS, { input: { id, status: 'UP', reason: 'bench done' } })));
  results.push({
    name: '20 statuses at once',
    measures:
      'subject: 20 `setStatus` calls on 20 switches sent at once over HTTP, until the last is acknowledged; ' +
      'baseline: the same 20 status statements (`setStatuses`, one change each) sent at once straight through the gateway',
    subject: summarize(together),
    baseline: summarize(bareTogether),
    subjectLabel: 'API, all 20',
    baselineLabel: 'bare, all 20',
    pairedRatio: medianRatio(together, bareTogether),
    note: '',
  });

  // The probes go again, so that reruns on the same data folder measure the same estate.
  await ctx.gateway.write('benchDeleteProbes', { prefix: `bench.${run}.` });
  return results;
}
