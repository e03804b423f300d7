import { chainTo } from '../../src/domain/impact/chain';
import { IMPACT_KINDS, ImpactKind } from '../../src/domain/impact/impactGraph';
import { ImpactReport, ImpactSummary, StateCounts } from '../../src/domain/impact/impactReport';
import { Propagation } from '../../src/domain/impact/propagate';
import { State, worse, worst } from '../../src/domain/impact/state';
import { Topology } from '../../src/domain/impact/topology';

/** An impact report as plain data: ids in order, states, people, roles, distances, chains. */
export interface PlainReport {
  summary: ImpactSummary;
  failures: string[];
  nodes: [string, ImpactKind, State, number][];
  consumerGroups: { id: string; state: State; people: number; offerings: [string, State, number][]; chain: [string, string | null][] }[];
  organizations: { id: string; state: State; roles: string[]; servicesProvided: string[]; offeringsConsumed: string[] }[];
}

/** Every field of a report read out, the lazy ones included. */
export function plainReport(report: ImpactReport): PlainReport {
  return {
    summary: report.summary,
    failures: report.failures().map((n) => n.id),
    nodes: report.nodes().map((n) => [n.id, n.kind, n.state, n.distance]),
    consumerGroups: report.consumerGroups.map((g) => ({
      id: g.consumerGroupId,
      state: g.state,
      people: g.people,
      offerings: g.offerings.map((o) => [o.id, o.state, o.distance]),
      chain: g.chain().map((step) => [step.id, step.via]),
    })),
    organizations: report.organizations.map((o) => ({
      id: o.organizationId,
      state: o.state,
      roles: o.roles,
      servicesProvided: o.servicesProvided.map((n) => n.id),
      offeringsConsumed: o.offeringsConsumed.map((n) => n.id),
    })),
  };
}

/**
 * The report written out plainly from `propagation.stateOf` over every node of the graph, with
 * distances as chain lengths: what buildImpactReport must answer, however it counts.
 */
export function referenceReport(topology: Topology, propagation: Propagation, own: ReadonlyMap<string, State>): PlainReport {
  const { graph } = topology;
  const causeOf = (id: string) => propagation.causeOf(id);
  const distance = (id: string) => chainTo(id, causeOf).length - 1;
  const affected = [...graph.nodes.values()].filter((node) => propagation.stateOf(node.id) !== 'UP');
  const stateOf = (id: string) => propagation.stateOf(id);
  const byId = (a: string, b: string) => a.localeCompare(b);

  const counts = new Map<ImpactKind, StateCounts>(IMPACT_KINDS.map((kind) => [kind, { down: 0, degraded: 0 }]));
  for (const node of affected) counts.get(node.kind)![stateOf(node.id) === 'DOWN' ? 'down' : 'degraded'] += 1;

  const offerings = affected.filter((node) => node.kind === 'ServiceOffering').map((node) => node.id);
  const services = affected.filter((node) => node.kind === 'Service').map((node) => node.id);

  const groups = new Map<string, { state: State; people: number; name: string; offerings: string[] }>();
  for (const offering of offerings) {
    for (const target of topology.targets.get(offering) ?? []) {
      const group = groups.get(target.consumerGroupId) ?? { state: 'UP', people: target.size, name: target.name, offerings: [] };
      group.state = worst(group.state, stateOf(offering));
      group.offerings.push(offering);
      groups.set(target.consumerGroupId, group);
    }
  }
  const consumerGroups = [...groups].map(([id, group]) => {
    const sorted = [...group.offerings].sort(
      (a, b) => (worse(stateOf(a), stateOf(b)) ? -1 : worse(stateOf(b), stateOf(a)) ? 1 : distance(a) - distance(b) || byId(a, b)),
    );
    return {
      id,
      state: group.state,
      people: group.people,
      offerings: sorted.map((o): [string, State, number] => [o, stateOf(o), distance(o)]),
      chain: [...chainTo(sorted[0], causeOf).map((link): [string, string | null] => [link.id, link.via]), [id, 'TARGETS'] as [string, string | null]],
    };
  });
  consumerGroups.sort((a, b) => b.people - a.people || byId(a.id, b.id));

  const organizations = new Map<string, { state: State; roles: Set<string>; servicesProvided: string[]; offeringsConsumed: string[] }>();
  const note = (organization: string, role: 'PROVIDER' | 'CONSUMER', id: string) => {
    const entry = organizations.get(organization) ?? { state: 'UP', roles: new Set<string>(), servicesProvided: [], offeringsConsumed: [] };
    entry.state = worst(entry.state, stateOf(id));
    entry.roles.add(role);
    (role === 'PROVIDER' ? entry.servicesProvided : entry.offeringsConsumed).push(id);
    organizations.set(organization, entry);
  };
  for (const service of services) for (const organization of topology.providers.get(service) ?? []) note(organization, 'PROVIDER', service);
  for (const offering of offerings) for (const organization of topology.consumers.get(offering) ?? []) note(organization, 'CONSUMER', offering);

  const people = (state: State) => consumerGroups.filter((g) => g.state === state).reduce((sum, g) => sum + g.people, 0);
  const stateCounts = (states: State[]): StateCounts => ({
    down: states.filter((s) => s === 'DOWN').length,
    degraded: states.filter((s) => s === 'DEGRADED').length,
  });
  return {
    summary: {
      components: counts.get('Component')!,
      redundancyGroups: counts.get('RedundancyGroup')!,
      services: counts.get('Service')!,
      serviceInterfaces: counts.get('ServiceInterface')!,
      offerings: counts.get('ServiceOffering')!,
      networks: counts.get('Network')!,
      connectivities: counts.get('Connectivity')!,
      consumerGroups: stateCounts(consumerGroups.map((g) => g.state)),
      organizations: stateCounts([...organizations.values()].map((o) => o.state)),
      peopleDown: people('DOWN'),
      peopleDegraded: people('DEGRADED'),
    },
    failures: [...own.keys()].filter((id) => graph.nodes.has(id) && stateOf(id) !== 'UP'),
    nodes: affected
      .map((node): [string, ImpactKind, State, number] => [node.id, node.kind, stateOf(node.id), distance(node.id)])
      .sort((a, b) => a[3] - b[3] || byId(a[0], b[0])),
    consumerGroups,
    organizations: [...organizations]
      .sort(([a], [b]) => byId(a, b))
      .map(([id, o]) => ({
        id,
        state: o.state,
        roles: ['PROVIDER', 'CONSUMER'].filter((role) => o.roles.has(role)),
        servicesProvided: o.servicesProvided.sort(byId),
        offeringsConsumed: o.offeringsConsumed.sort(byId),
      })),
  };
}
