import { cyclicSupportView } from './cyclicSupport';
import { CyclicSupportView } from './answers';
import { ImpactKind } from './impactGraph';
import { ImpactedNodes } from './impactedNodes';
import { CONSUMER_ROLE, ImpactTally, PROVIDER_ROLE, tallyImpact } from './impactTally';
import { Propagation, STATE_NAMES } from './propagate';
import { RedundancyVerdict } from './redundancyVerdict';
import { OFFERING, ReportIndex, SERVICE, kindCode, reportIndexOf } from './reportIndex';
import { State, worse } from './state';
import { Topology } from './topology';

/** State codes of a propagation (STATE_NAMES). */
const DEGRADED = 1;
const DOWN = 2;

export interface ChainStep {
  id: string;
  kind: string;
  name: string;
  state: State;
  via: string | null;
}

/** A node that is not UP. Chains and verdicts are computed only for the nodes a client asks about. */
export interface ImpactedNode {
  id: string;
  kind: ImpactKind;
  name: string;
  state: State;
  distance: number;
  /** From a failure to this node, failure first. */
  chain: () => ChainStep[];
  /** The verdict of every redundancy group on the chain (this node's own, for a group). */
  verdicts: () => RedundancyVerdict[];
  /** For a redundancy group: how it stands. */
  verdict: RedundancyVerdict | null;
}

export interface AffectedConsumerGroup {
  consumerGroupId: string;
  state: State;
  people: number;
  /** Made when first read: the worst-hit first, then the nearest. */
  readonly offerings: ImpactedNode[];
  chain: () => ChainStep[];
}

export type OrganizationImpactRole = 'PROVIDER' | 'CONSUMER';

export interface AffectedOrganization {
  organizationId: string;
  state: State;
  roles: OrganizationImpactRole[];
  /** Made when first read, by id. */
  readonly servicesProvided: ImpactedNode[];
  readonly offeringsConsumed: ImpactedNode[];
}

export interface StateCounts {
  down: number;
  degraded: number;
}

export interface ImpactSummary {
  components: StateCounts;
  redundancyGroups: StateCounts;
  services: StateCounts;
  serviceInterfaces: StateCounts;
  offerings: StateCounts;
  networks: StateCounts;
  connectivities: StateCounts;
  consumerGroups: StateCounts;
  organizations: StateCounts;
  peopleDown: number;
  peopleDegraded: number;
}

export interface ImpactReport {
  summary: ImpactSummary;
  /** The failures as given, with their state. */
  failures: () => ImpactedNode[];
  /** Every node that is not UP, nearest the failures first (built when asked for). */
  nodes: () => ImpactedNode[];
  /** Made when first read: most people first. */
  readonly consumerGroups: AffectedConsumerGroup[];
  /** Made when first read, by id. */
  readonly organizations: AffectedOrganization[];
  /** Every redundancy group that is not UP. */
  redundancyVerdicts: () => RedundancyVerdict[];
  /**
   * Computed on request, from the answer with nothing failed kept per topology version: a question
   * costs what its failures reach of the cycle region (cyclicSupport.ts); counts need no list, and
   * each list is named when first read.
   */
  cyclicSupport: () => CyclicSupportView[];
}

/**
 * Turns propagated states into the answer people read. The summary is counted in one pass over the
 * propagation's typed arrays; everything that names nodes (consumer groups, organisations, node
 * lists, distances, chains, verdicts) is made when a client selects it, because a core router's
 * blast radius holds tens of thousands of nodes and the usual question asks only for counts.
 */
export function buildImpactReport(topology: Topology, propagation: Propagation, own: ReadonlyMap<string, State>): ImpactReport {
  const { graph } = topology;
  const facts = reportIndexOf(topology, propagation.index);
  const tally = tallyImpact(facts, propagation);
  const impacted = new ImpactedNodes(graph, propagation);

  let allNodes: ImpactedNode[] | null = null;
  const nodes = (): ImpactedNode[] => (allNodes ??= impacted.all());
  let consumerGroups: AffectedConsumerGroup[] | null = null;
  let organizations: AffectedOrganization[] | null = null;

  return {
    summary: summaryOf(facts, tally),
    failures: () => [...own.keys()].flatMap((id) => impacted.byId(id) ?? []),
    nodes,
    get consumerGroups() {
      return (consumerGroups ??= affectedConsumerGroups(facts, tally, propagation, impacted));
    },
    get organizations() {
      return (organizations ??= affectedOrganizations(facts, tally, propagation, impacted));
    },
    redundancyVerdicts: () => nodes().flatMap((n) => (n.verdict ? [n.verdict] : [])),
    cyclicSupport: () => cyclicSupportView(graph, topology.cycles, own, propagation),
  };
}

function summaryOf(facts: ReportIndex, tally: ImpactTally): ImpactSummary {
  const of = (kind: ImpactKind): StateCounts => {
    const code = kindCode(kind) * 3;
    return { down: tally.kindCounts[code + DOWN], degraded: tally.kindCounts[code + DEGRADED] };
  };
  const groups = zero();
  let [peopleDown, peopleDegraded] = [0, 0];
  // Each group is counted once however many offerings reach it.
  for (const g of tally.groups) {
    if (tally.groupState[g] === DOWN) {
      groups.down += 1;
      peopleDown += facts.groups[g].size;
    } else {
      groups.degraded += 1;
      peopleDegraded += facts.groups[g].size;
    }
  }
  const organizations = zero();
  for (const o of tally.organizations) organizations[tally.organizationState[o] === DOWN ? 'down' : 'degraded'] += 1;
  return {
    components: of('Component'),
    redundancyGroups: of('RedundancyGroup'),
    services: of('Service'),
    serviceInterfaces: of('ServiceInterface'),
    offerings: of('ServiceOffering'),
    networks: of('Network'),
    connectivities: of('Connectivity'),
    consumerGroups: groups,
    organizations,
    peopleDown,
    peopleDegraded,
  };
}

function affectedConsumerGroups(facts: ReportIndex, tally: ImpactTally, propagation: Propagation, impacted: ImpactedNodes): AffectedConsumerGroup[] {
  let positions: Map<number, number[]> | null = null;
  // The affected offerings that target group g, found for all groups at once on first use.
  const offeringsOf = (g: number): number[] => {
    positions ??= byNumber(facts, tally, propagation.touched, OFFERING, facts.groupsOf);
    return positions.get(g) ?? [];
  };
  const groups = tally.groups.map((g): AffectedConsumerGroup => {
    const { consumerGroupId, name, size } = facts.groups[g];
    const state = STATE_NAMES[tally.groupState[g]];
    let offerings: ImpactedNode[] | null = null;
    // The group's chain runs through its worst-hit offering, the nearest one among equals.
    const sorted = () =>
      (offerings ??= nodesAt(impacted, offeringsOf(g)).sort(
        (a, b) => (worse(a.state, b.state) ? -1 : worse(b.state, a.state) ? 1 : a.distance - b.distance || a.id.localeCompare(b.id)),
      ));
    return {
      consumerGroupId,
      state,
      people: size,
      get offerings() {
        return sorted();
      },
      chain: () => [...sorted()[0].chain(), { id: consumerGroupId, kind: 'ConsumerGroup', name, state, via: 'TARGETS' }],
    };
  });
  return groups.sort((a, b) => b.people - a.people || a.consumerGroupId.localeCompare(b.consumerGroupId));
}

function affectedOrganizations(facts: ReportIndex, tally: ImpactTally, propagation: Propagation, impacted: ImpactedNodes): AffectedOrganization[] {
  let provided: Map<number, number[]> | null = null;
  let consumed: Map<number, number[]> | null = null;
  const byId = (a: ImpactedNode, b: ImpactedNode) => a.id.localeCompare(b.id);
  const organizations = tally.organizations.map((o): AffectedOrganization => {
    const roles = tally.organizationRoles[o];
    let servicesProvided: ImpactedNode[] | null = null;
    let offeringsConsumed: ImpactedNode[] | null = null;
    return {
      organizationId: facts.organizations[o],
      state: STATE_NAMES[tally.organizationState[o]],
      // PROVIDER before CONSUMER, as a value chain reads.
      roles: [...(roles & PROVIDER_ROLE ? ['PROVIDER' as const] : []), ...(roles & CONSUMER_ROLE ? ['CONSUMER' as const] : [])],
      get servicesProvided() {
        provided ??= byNumber(facts, tally, propagation.touched, SERVICE, facts.organizationsOf);
        return (servicesProvided ??= nodesAt(impacted, provided.get(o) ?? []).sort(byId));
      },
      get offeringsConsumed() {
        consumed ??= byNumber(facts, tally, propagation.touched, OFFERING, facts.organizationsOf);
        return (offeringsConsumed ??= nodesAt(impacted, consumed.get(o) ?? []).sort(byId));
      },
    };
  });
  return organizations.sort((a, b) => a.organizationId.localeCompare(b.organizationId));
}

/** Group or organisation number -> positions of the affected nodes of one kind that stand behind it. */
function byNumber(facts: ReportIndex, tally: ImpactTally, touched: Int32Array, kind: number, lists: ReadonlyMap<number, readonly number[]>): Map<number, number[]> {
  const positions = new Map<number, number[]>();
  for (const p of tally.behind) {
    const i = touched[p];
    if (facts.kindOf(i) !== kind) continue;
    for (const n of lists.get(i) ?? []) {
      const list = positions.get(n);
      if (list) list.push(p);
      else positions.set(n, [p]);
    }
  }
  return positions;
}

function nodesAt(impacted: ImpactedNodes, positions: number[]): ImpactedNode[] {
  return positions.flatMap((p) => impacted.at(p) ?? []);
}

function zero(): StateCounts {
  return { down: 0, degraded: 0 };
}
