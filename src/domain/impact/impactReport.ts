import { chainTo } from './chain';
import { ImpactGraph, ImpactKind } from './impactGraph';
import { Propagation } from './propagate';
import { State, worse, worst } from './state';

export interface ChainStep {
  id: string;
  kind: string;
  name: string;
  state: State;
  via: string | null;
}

export interface ImpactedNode {
  id: string;
  kind: ImpactKind;
  name: string;
  state: State;
  distance: number;
  chain: ChainStep[];
}

export interface AffectedConsumerGroup {
  consumerGroupId: string;
  state: State;
  people: number;
  offerings: ImpactedNode[];
  chain: ChainStep[];
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
  consumerGroups: StateCounts;
  organizations: StateCounts;
  peopleDown: number;
  peopleDegraded: number;
}

export interface ImpactReport {
  summary: ImpactSummary;
  failures: ImpactedNode[];
  /** Every node that is not UP, nearest first. */
  nodes: ImpactedNode[];
  consumerGroups: AffectedConsumerGroup[];
  organizations: AffectedOrganization[];
}

/** Who stands behind the affected offerings and services (fetched once the states are known). */
export interface ImpactReach {
  targets: { offeringId: string; consumerGroupId: string; name: string; size: number }[];
  providers: { serviceId: string; organizationId: string }[];
  consumers: { offeringId: string; organizationId: string }[];
}

/** Turns propagated states into the answer people read: nodes, groups, organisations, counts. */
export function buildImpactReport(
  graph: ImpactGraph,
  propagation: Propagation,
  failureIds: readonly string[],
  reach: ImpactReach,
): ImpactReport {
  const impacted = new Map<string, ImpactedNode>();
  for (const [id, state] of propagation.states) {
    const node = graph.nodes.get(id);
    if (!node) continue;
    const links = chainTo(id, propagation.causes);
    const chain = links.map((link) => {
      const linked = graph.nodes.get(link.id);
      return {
        id: link.id,
        kind: linked?.kind ?? 'Component',
        name: linked?.name ?? link.id,
        state: propagation.states.get(link.id) ?? 'UP',
        via: link.via,
      };
    });
    impacted.set(id, { id, kind: node.kind, name: node.name, state, distance: links.length - 1, chain });
  }

  const nodes = [...impacted.values()].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  const failures = [...new Set(failureIds)].flatMap((id) => impacted.get(id) ?? []);
  const consumerGroups = affectedConsumerGroups(impacted, reach);
  const organizations = affectedOrganizations(impacted, reach);

  return {
    summary: summarise(nodes, consumerGroups, organizations),
    failures,
    nodes,
    consumerGroups,
    organizations,
  };
}

function affectedConsumerGroups(impacted: Map<string, ImpactedNode>, reach: ImpactReach): AffectedConsumerGroup[] {
  const byGroup = new Map<string, { name: string; size: number; offerings: ImpactedNode[] }>();
  for (const target of reach.targets) {
    const offering = impacted.get(target.offeringId);
    if (!offering) continue;
    const entry = byGroup.get(target.consumerGroupId) ?? { name: target.name, size: target.size, offerings: [] };
    if (!entry.offerings.includes(offering)) entry.offerings.push(offering);
    byGroup.set(target.consumerGroupId, entry);
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
      chain: [
        ...through.chain,
        { id: consumerGroupId, kind: 'ConsumerGroup', name: entry.name, state: through.state, via: 'TARGETS' },
      ],
    });
  }
  return groups.sort((a, b) => b.people - a.people || a.consumerGroupId.localeCompare(b.consumerGroupId));
}

function affectedOrganizations(impacted: Map<string, ImpactedNode>, reach: ImpactReach): AffectedOrganization[] {
  const byOrg = new Map<string, AffectedOrganization>();
  const entry = (organizationId: string): AffectedOrganization => {
    let found = byOrg.get(organizationId);
    if (!found) {
      found = { organizationId, state: 'UP', roles: [], servicesProvided: [], offeringsConsumed: [] };
      byOrg.set(organizationId, found);
    }
    return found;
  };
  for (const { serviceId, organizationId } of reach.providers) {
    const service = impacted.get(serviceId);
    if (!service) continue;
    const org = entry(organizationId);
    if (!org.roles.includes('PROVIDER')) org.roles.push('PROVIDER');
    if (!org.servicesProvided.includes(service)) org.servicesProvided.push(service);
    org.state = worst(org.state, service.state);
  }
  for (const { offeringId, organizationId } of reach.consumers) {
    const offering = impacted.get(offeringId);
    if (!offering) continue;
    const org = entry(organizationId);
    if (!org.roles.includes('CONSUMER')) org.roles.push('CONSUMER');
    if (!org.offeringsConsumed.includes(offering)) org.offeringsConsumed.push(offering);
    org.state = worst(org.state, offering.state);
  }
  return [...byOrg.values()].sort((a, b) => a.organizationId.localeCompare(b.organizationId));
}

function summarise(
  nodes: ImpactedNode[],
  consumerGroups: AffectedConsumerGroup[],
  organizations: AffectedOrganization[],
): ImpactSummary {
  const count = (states: State[]): StateCounts => ({
    down: states.filter((s) => s === 'DOWN').length,
    degraded: states.filter((s) => s === 'DEGRADED').length,
  });
  const ofKind = (kind: ImpactKind) => count(nodes.filter((n) => n.kind === kind).map((n) => n.state));
  return {
    components: ofKind('Component'),
    redundancyGroups: ofKind('RedundancyGroup'),
    services: ofKind('Service'),
    serviceInterfaces: ofKind('ServiceInterface'),
    offerings: ofKind('ServiceOffering'),
    consumerGroups: count(consumerGroups.map((g) => g.state)),
    organizations: count(organizations.map((o) => o.state)),
    // Each group appears once in consumerGroups however many offerings reach it.
    peopleDown: sum(consumerGroups.filter((g) => g.state === 'DOWN').map((g) => g.people)),
    peopleDegraded: sum(consumerGroups.filter((g) => g.state === 'DEGRADED').map((g) => g.people)),
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
