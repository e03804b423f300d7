import { MAX_PAGE_SIZE } from '../../domain/connection';
import { FieldArguments } from './fieldArguments';

/*
 * Cost units: one unit is about 0.1 ms of server work on the bench estate (bench/RESULTS.md: 100k
 * components, 2 cores). Every object a query resolves (a row through a loader, an entry of an
 * in-memory answer) costs one; the fields below add the work they do once per call, and say how
 * long the lists they return can be.
 */

/**
 * One what-if propagation over the whole estate: `impact` of a core router took 52 ms in the bench
 * this was weighed on, 15 ms since the incremental topology (bench/RESULTS.md). The weight is kept:
 * a margin for estates larger than the bench's, and lowering it would admit larger documents.
 */
export const PROPAGATION = 500;
/** Candidates upstream of a target or of symptoms, each propagated on that upstream: 122-126 ms when weighed, 95-113 ms since (bench, singlePointsOfFailure size 1 and rootCauses). */
export const UPSTREAM_SEARCH = 1_200;
/** One pair of the size-2 search: 7,165 pair checks took 484 ms beyond size 1 (bench), 0.07 ms each. */
export const PAIR_CHECK = 0.7;
/** One root-cause contender propagated on the whole estate: one component's failure reaches far less than a core router's. */
export const EVALUATION = 5;
/** An answer at a past instant (`at`) rebuilds the topology with every change since undone: not benched; taken as four propagations. */
export const REPLAY = 2_000;
/** A scan of every entity's id and name in Neo4j (search): taken as 0.1 s at 100k entities, not benched. */
export const SCAN = 1_000;
/** One write transaction (an upsert, a relationship, a status): about 1 ms of Neo4j's work; a lone upsert at 100k is ~37 ms end to end, mostly waiting (bench). */
export const WRITE = 10;
/** An import before its items: a complete validation pass, then one large write transaction. */
export const IMPORT = 1_000;
/** One availability answer at its worst: the API budget spent, then an estimate; about 1 s (see Query.availability). */
export const AVAILABILITY = 10_000;
/** A list whose length no argument bounds (dependsOn, members, chain): the bench estate averages about three, ten is a margin. */
export const DEFAULT_LIST_SIZE = 10;

/** What a field costs beyond the one unit per object it returns. */
export interface FieldWeight {
  /** Work done once per call, in units. */
  work?(args: FieldArguments): number;
  /** How long the list the field returns is. */
  items?(args: FieldArguments): number;
  /** How long the lists directly inside the object it returns are (a connection's edges and nodes). */
  page?(args: FieldArguments): number;
  /** Why: the measurement or the reasoning behind the numbers. */
  reason: string;
}

/**
 * A number argument as the services take it: at most `max`, since they refuse a larger one before
 * doing any work; unknown (a variable while validating without a default), `max` itself.
 */
export function upTo(value: number | undefined, max: number): number {
  return Math.min(Math.max(value ?? max, 0), max);
}

/** A `first` argument as the services take it (see upTo). */
export function pageOf(args: FieldArguments, max: number): number {
  return upTo(args.int('first'), max);
}

const at = (args: FieldArguments) => (args.given('at') ? REPLAY : 0);
/** Lines of a text, counted without splitting a large one into copies. */
function lines(text: string | undefined): number {
  if (!text) return 0;
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

const history: FieldWeight = {
  items: (a) => pageOf(a, 1_000),
  reason: 'the newest `first` changes, one query; checkRange allows 1 to 1,000',
};

/**
 * Weights by `Type.field`, `Type.*` for every field of a type without its own entry. A field not
 * here costs its objects only; a `first` argument elsewhere is a page of at most MAX_PAGE_SIZE.
 */
export const FIELD_WEIGHTS: Readonly<Record<string, FieldWeight>> = {
  'Query.impact': {
    work: (a) => PROPAGATION + (a.count('failures') ?? 1) + at(a),
    reason: 'one propagation over the whole estate from the failures (each one checked); a past instant replays the history first',
  },
  'Query.currentImpact': {
    work: (a) => PROPAGATION + at(a),
    reason: 'reads every status that is not UP (one query) and propagates them like impact',
  },
  'Subscription.impactChanged': {
    work: () => PROPAGATION,
    reason: 'recomputes the current impact for each status change it hears of',
  },
  'Impact.cyclicSupport': {
    work: () => PROPAGATION,
    reason: 'computed only when asked: the cycle region re-solved where the failures reach it, and a list that may hold thousands of nodes',
  },
  'CyclicSupport.nodes': {
    items: (a) => upTo(a.int('first'), DEFAULT_LIST_SIZE),
    reason:
      'every node by default (4,530 at 100k), counted as a list no argument bounds so that queries without `first` keep their cost; ' +
      '`first` can only lower that (the work is in Impact.cyclicSupport)',
  },
  'Impact.nodes': {
    page: (a) => pageOf(a, 10_000),
    reason: 'a page of the impacted nodes, held in memory; the resolver allows up to 10,000',
  },
  'Query.rootCauses': {
    work: (a) => UPSTREAM_SEARCH + EVALUATION * upTo(a.int('maxEvaluations'), 10_000) + (a.count('symptoms') ?? 1),
    page: (a) => upTo(a.int('limit'), 100),
    reason: 'every component upstream of the symptoms propagated on their upstream, then up to maxEvaluations contenders on the whole estate; `limit` causes come back',
  },
  'Query.singlePointsOfFailure': {
    work: (a) => UPSTREAM_SEARCH + (a.int('maxSetSize') === 2 ? PAIR_CHECK * upTo(a.int('maxPairChecks'), 1_000_000) : 0),
    page: (a) => (a.int('maxSetSize') === 2 ? 1_000 : 100),
    reason: 'every upstream component tried alone, and with maxSetSize 2 up to maxPairChecks pairs; the bench top service has 65 single points and 1,393 pairs',
  },
  'FailureSet.components': {
    items: () => 2,
    reason: 'a cut set is one component or two',
  },
  'Query.exposure': {
    work: () => UPSTREAM_SEARCH,
    reason: 'walks everything upstream of the target with its margins; zeroMargin and singlePointOfFailure add the exact size-1 search',
  },
  'Exposure.entries': {
    page: (a) => pageOf(a, 10_000),
    reason: 'a page of the entries, held in memory; the resolver allows up to 10,000',
  },
  'Query.tolerance': {
    work: (a) => 100 + (a.count('failures') ?? 0) + at(a),
    reason: 'a max-flow over one network: 9 ms for a dual-homed customer on the 2,000-router bench mesh',
  },
  'Query.recoveryPlan': {
    work: (a) => 2_300 + (a.count('down') ?? 0) + at(a),
    reason: 'a cold start simulated layer by layer: 228 ms for one data centre of the 100k-component bench estate',
  },
  'RecoveryPlan.layers': {
    items: (a) => pageOf(a, 10_000),
    reason: 'the first `first` layers; the resolver allows up to 10,000',
  },
  'Query.availability': {
    work: (a) => AVAILABILITY * (a.given('whatIf') ? 2 : 1) + (a.count('whatIf') ?? 0),
    reason: 'the exact method within the API budget, else 10,000 samples on the upstream: at most 1-2 s per target on the 2k and 20k synthetic estates (tried by hand); a what-if computes the answer twice',
  },
  'Query.atRisk': {
    work: () => 4 * AVAILABILITY + PROPAGATION,
    reason:
      'one budget over every offering with an agreed level (AT_RISK_BUDGET: five exact allowances of one availability question, about 1.7 s, ' +
      'and two estimates, at most 1 s each) and a DOWN closure per offering and contract for its people, taken together as one propagation; ' +
      'measured 1.0-2.6 s in memory on the 2k to 100k synthetic estates (bench/atRiskEstate.ts); ' +
      'provider, consumer, service, offset and first only narrow what that budget is spent on (first is at most 10,000, checked by the service), so no argument lifts the weight',
  },
  'AtRisk.entries': {
    items: (a) => upTo(a.int('first'), 1_000),
    reason: 'the first `first` missed levels of an answer held in memory; the resolver allows up to 1,000',
  },
  'AtRisk.undecided': {
    items: (a) => upTo(a.int('first'), 1_000),
    reason: 'the first `first` undecided levels of an answer held in memory; the resolver allows up to 1,000',
  },
  'Availability.contributors': {
    items: (a) => upTo(a.int('first'), 1_000),
    reason: 'the first `first` contributors of an answer held in memory; the resolver allows up to 1,000',
  },
  'Query.dependencyGraph': {
    work: (a) => 25 * upTo(a.int('depth'), 50) + upTo(a.int('maxNodes'), 20_000),
    page: (a) => upTo(a.int('maxNodes'), 20_000),
    reason: 'a Cypher closure depth + 1 hops out (each hop a round of expansion), then collapsing and layout of up to maxNodes nodes, the length of nodes and of edges',
  },
  'Query.serviceChain': {
    work: (a) => 30 * upTo(a.int('maxDepth'), 50),
    reason: 'walks dependencies up and down across organisations; each hop of maxDepth is another round of organisations to cross',
  },
  'Query.networkProblems': {
    work: (a) => PROPAGATION + at(a),
    reason: 'checks every connectivity and link of every network: a pass over the whole network model, taken as one propagation',
  },
  'Query.exportTopology': {
    work: () => 10_000,
    reason: 'every node and relationship of the graph: about 800k rows on the bench estate',
  },
  'Query.changeHistory': history,
  'Query.statusHistory': history,
  'Query.search': {
    work: () => SCAN,
    items: (a) => pageOf(a, MAX_PAGE_SIZE),
    reason: 'one scan of every entity (a lower-cased CONTAINS uses no index), then the best `first`',
  },
  'Query.unboundEvents': { ...history, reason: 'the newest `first` unbound events, one query; checkRange allows 1 to 1,000' },
  'Query.openAlerts': { ...history, reason: 'the newest `first` open alerts (of one entity or all), one query; checkRange allows 1 to 1,000' },
  'Query.statusHolds': { ...history, reason: 'the soonest due `first` held statuses, one query; checkRange allows 1 to 1,000' },
  'Query.incidents': { ...history, reason: 'the newest `first` incidents, one query; checkRange allows 1 to 1,000' },
  'Incident.changes': history,
  'Mutation.*': {
    work: () => WRITE,
    reason: 'one write transaction; mutations run one after another',
  },
  'Mutation.importTopology': {
    work: (a) => IMPORT + (a.count('document.nodes') ?? 0) + (a.count('document.relationships') ?? 0),
    reason: 'validates the whole document, then writes each node and relationship in one transaction',
  },
  'Mutation.importCsv': {
    work: (a) => IMPORT + lines(a.text('components')) + lines(a.text('dependencies')),
    reason: 'the same checks and transaction as importTopology, one node or relationship a line',
  },
  'Mutation.importNetwork': {
    work: (a) => IMPORT + Math.ceil((a.text('text')?.length ?? 0) / 100),
    reason: 'parses the GraphML or GML text, then writes its routers and links in one transaction: about one per 100 bytes in test/fixtures/networks (lines vary by format)',
  },
};

/** The weight of a field: its own entry, else its type's `*` entry. */
export function weightOf(typeName: string, fieldName: string): FieldWeight | undefined {
  return FIELD_WEIGHTS[`${typeName}.${fieldName}`] ?? FIELD_WEIGHTS[`${typeName}.*`];
}
