import { chainTo } from './chain';
import { findCyclicSupport } from './cyclicSupport';
import { CyclicSupportView } from './answers';
import { ImpactKind, nodeRef } from './impactGraph';
import { Propagation } from './propagate';
import { RedundancyVerdict, redundancyVerdict } from './redundancyVerdict';
import { State, worse, worst } from './state';
import { Topology } from './topology';

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
  offerings: ImpactedNode[];
  chain: () => ChainStep[];
}

export type OrganizationImpactRole = 'PROVIDER' | 'CONSUMER';

export interface AffectedOrganization {
  organizationId: string;
  state: State;
  roles: OrganizationImpactRole[];
  servicesProvided: ImpactedNode[];
  offeringsConsumed: ImpactedNode[];
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
  consumerGroups: AffectedConsumerGroup[];
  organizations: AffectedOrganization[];
  /** Every redundancy group that is not UP. */
  redundancyVerdicts: () => RedundancyVerdict[];
  /** Computed on request: it walks everything downstream of the estate's cycles. */
  cyclicSupport: () => CyclicSupportView[];
}

/**
 * Turns propagated states into the answer people read. The summary, consumer groups and
 * organisations are always computed (they are small); node lists, chains and verdicts only when a
 * client selects them, because a core router's blast radius holds tens of thousands of nodes.
 */
export function buildImpactReport(topology: Topology, propagation: Propagation, own: ReadonlyMap<string, State>): ImpactReport {
  const { graph } = topology;
  const stateOf = (id: string): State => propagation.stateOf(id);
  const causeOf = (id: string) => propagation.causeOf(id);

  const distances = new Map<string, number>();
  const distanceOf = (id: string): number => {
    // Iterative memo along cause pointers (acyclic by construction of propagate()).
    const path: string[] = [];
    let current: string | undefined = id;
    while (current !== undefined && !distances.has(current)) {
      path.push(current);
      current = causeOf(current)?.edge.to;
    }
    let base = current !== undefined ? distances.get(current)! : -1;
    for (let i = path.length - 1; i >= 0; i -= 1) {
      base += 1;
      distances.set(path[i], base);
    }
    return distances.get(id)!;
  };

  const verdictCache = new Map<string, RedundancyVerdict | null>();
  const verdictOf = (id: string): RedundancyVerdict | null => {
    if (!verdictCache.has(id)) verdictCache.set(id, redundancyVerdict(graph, id, stateOf));
    return verdictCache.get(id)!;
  };

  const chainOf = (id: string): ChainStep[] =>
    chainTo(id, causeOf).map((link) => {
      const node = graph.nodes.get(link.id);
      return { id: link.id, kind: node?.kind ?? 'Component', name: node?.name ?? link.id, state: stateOf(link.id), via: link.via };
    });

  const impacted = new Map<string, ImpactedNode>();
  const impactedNode = (id: string): ImpactedNode | null => {
    const known = impacted.get(id);
    if (known) return known;
    const node = graph.nodes.get(id);
    const state = stateOf(id);
    if (!node || state === 'UP') return null;
    const made: ImpactedNode = {
      id,
      kind: node.kind,
      name: node.name,
      state,
      distance: distanceOf(id),
      chain: () => chainOf(id),
      verdicts: () =>
        chainTo(id, causeOf)
          .map((link) => verdictOf(link.id))
          .filter((v): v is RedundancyVerdict => v !== null),
      verdict: node.kind === 'RedundancyGroup' ? verdictOf(id) : null,
    };
    impacted.set(id, made);
    return made;
  };

  const services: ImpactedNode[] = [];
  const offerings: ImpactedNode[] = [];
  const counts = {
    Component: zero(), RedundancyGroup: zero(), Service: zero(), ServiceInterface: zero(), ServiceOffering: zero(), Network: zero(), Connectivity: zero(),
  };
  propagation.forEachAffected((id, state, kind) => {
    if (!kind) return;
    counts[kind][state === 'DOWN' ? 'down' : 'degraded'] += 1;
    if (kind === 'Service') services.push(impactedNode(id)!);
    if (kind === 'ServiceOffering') offerings.push(impactedNode(id)!);
  });

  const consumerGroups = affectedConsumerGroups(topology, offerings);
  const organizations = affectedOrganizations(topology, services, offerings);

  let allNodes: ImpactedNode[] | null = null;
  const nodes = (): ImpactedNode[] => {
    if (!allNodes) {
      const list: ImpactedNode[] = [];
      propagation.forEachAffected((id) => {
        const node = impactedNode(id);
        if (node) list.push(node);
      });
      allNodes = list.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
    }
    return allNodes;
  };

  return {
    summary: {
      components: counts.Component,
      redundancyGroups: counts.RedundancyGroup,
      services: counts.Service,
      serviceInterfaces: counts.ServiceInterface,
      offerings: counts.ServiceOffering,
      networks: counts.Network,
      connectivities: counts.Connectivity,
      consumerGroups: count(consumerGroups.map((g) => g.state)),
      organizations: count(organizations.map((o) => o.state)),
      // Each group appears once in consumerGroups however many offerings reach it.
      peopleDown: sum(consumerGroups.filter((g) => g.state === 'DOWN').map((g) => g.people)),
      peopleDegraded: sum(consumerGroups.filter((g) => g.state === 'DEGRADED').map((g) => g.people)),
    },
    failures: () => [...own.keys()].flatMap((id) => impactedNode(id) ?? []),
    nodes,
    consumerGroups,
    organizations,
    redundancyVerdicts: () => nodes().flatMap((n) => (n.verdict ? [n.verdict] : [])),
    cyclicSupport: () =>
      findCyclicSupport(graph, topology.cycles, own, propagation.states).map((support) => ({
        cycle: support.cycle.map((id) => nodeRef(graph, id)),
        nodes: support.nodes.map((id) => nodeRef(graph, id)),
      })),
  };
}

function affectedConsumerGroups(topology: Topology, offerings: ImpactedNode[]): AffectedConsumerGroup[] {
  const byGroup = new Map<string, { name: string; size: number; offerings: ImpactedNode[] }>();
  for (const offering of offerings) {
    for (const target of topology.targets.get(offering.id) ?? []) {
      const entry = byGroup.get(target.consumerGroupId) ?? { name: target.name, size: target.size, offerings: [] };
      entry.offerings.push(offering);
      byGroup.set(target.consumerGroupId, entry);
    }
  }
  const groups: AffectedConsumerGroup[] = [];
  for (const [consumerGroupId, entry] of byGroup) {
    // The group's chain runs through its worst-hit offering, the nearest one among equals.
    const offerings = [...entry.offerings].sort(
      (a, b) => (worse(a.state, b.state) ? -1 : worse(b.state, a.state) ? 1 : a.distance - b.distance || a.id.localeCompare(b.id)),
    );
    const through = offerings[0];
    groups.push({
      consumerGroupId,
      state: through.state,
      people: entry.size,
      offerings,
      chain: () => [
        ...through.chain(),
        { id: consumerGroupId, kind: 'ConsumerGroup', name: entry.name, state: through.state, via: 'TARGETS' },
      ],
    });
  }
  return groups.sort((a, b) => b.people - a.people || a.consumerGroupId.localeCompare(b.consumerGroupId));
}

function affectedOrganizations(topology: Topology, services: ImpactedNode[], offerings: ImpactedNode[]): AffectedOrganization[] {
  const byOrg = new Map<string, AffectedOrganization>();
  const note = (organizationId: string, role: OrganizationImpactRole, node: ImpactedNode) => {
    let org = byOrg.get(organizationId);
    if (!org) {
      org = { organizationId, state: 'UP', roles: [], servicesProvided: [], offeringsConsumed: [] };
      byOrg.set(organizationId, org);
    }
    if (!org.roles.includes(role)) org.roles.push(role);
    (role === 'PROVIDER' ? org.servicesProvided : org.offeringsConsumed).push(node);
    org.state = worst(org.state, node.state);
  };
  for (const node of services) for (const org of topology.providers.get(node.id) ?? []) note(org, 'PROVIDER', node);
  for (const node of offerings) for (const org of topology.consumers.get(node.id) ?? []) note(org, 'CONSUMER', node);
  for (const org of byOrg.values()) {
    // PROVIDER before CONSUMER, as a value chain reads.
    org.roles = (['PROVIDER', 'CONSUMER'] as const).filter((role) => org.roles.includes(role));
    org.servicesProvided.sort((a, b) => a.id.localeCompare(b.id));
    org.offeringsConsumed.sort((a, b) => a.id.localeCompare(b.id));
  }
  return [...byOrg.values()].sort((a, b) => a.organizationId.localeCompare(b.organizationId));
}

function zero(): StateCounts {
  return { down: 0, degraded: 0 };
}

function count(states: State[]): StateCounts {
  return { down: states.filter((x) => x === 'DOWN').length, degraded: states.filter((x) => x === 'DEGRADED').length };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
