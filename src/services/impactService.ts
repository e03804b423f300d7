import { NotFoundError, ValidationError } from '../domain/errors';
import { isImpactKind } from '../domain/impact/impactGraph';
import { ImpactReport, buildImpactReport } from '../domain/impact/impactReport';
import { propagate } from '../domain/impact/propagate';
import { State, worst } from '../domain/impact/state';
import { Topology } from '../domain/impact/topology';
import { EntityStore } from '../store/entityStore';
import { TopologyCache } from './topologyCache';
import { lastImpactReport } from './lastImpactReport';
import { topologyAt } from './topologyAt';
import { Gateway } from '../neo4j/gateway';

export interface Failure {
  id: string;
  state: State;
}

/** Most failures one what-if may name; beyond this the question is a bulk job, not a query. */
export const MAX_FAILURES = 1000;

/** The impact use case: validate the failures, propagate over the in-memory topology, report. */
export class ImpactService {
  constructor(
    readonly entities: EntityStore,
    private readonly topology: TopologyCache,
    private readonly gateway: Gateway,
  ) {}

  /** The topology now, or as it was at a past instant (normalised by instantOf). */
  topologyAt(at: string | null): Promise<Topology> {
    return topologyAt(this.topology, this.gateway, at);
  }

  async impact(failures: readonly Failure[], at: string | null = null): Promise<ImpactReport> {
    if (failures.length === 0) throw new ValidationError('Name at least one failure');
    if (failures.length > MAX_FAILURES) {
      throw new ValidationError(`At most ${MAX_FAILURES} failures per question, got ${failures.length}`);
    }
    const own = new Map<string, State>();
    for (const failure of failures) own.set(failure.id, worst(own.get(failure.id) ?? 'UP', failure.state));
    const topology = await this.topologyAt(at);
    await this.checkNodes(topology, [...own.keys()]);
    return buildImpactReport(topology, propagate(topology.graph, own), own);
  }

  /** The impact of own states already checked (recorded statuses); ids no longer in the graph are skipped. */
  async impactOf(own: ReadonlyMap<string, State>, at: string | null = null): Promise<ImpactReport> {
    const topology = await this.topologyAt(at);
    const known = knownOnly(own, topology);
    return lastImpactReport(topology, known, () => buildImpactReport(topology, propagate(topology.graph, known), known));
  }

  /** Every id must name a node that carries a state; unknown ids and other entities are told apart. */
  async checkNodes(topology: Topology, ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !topology.graph.nodes.has(id));
    if (missing.length === 0) return;
    const found = await this.entities.byIds(missing);
    const unknown = missing.filter((id) => !found.has(id));
    if (unknown.length > 0) throw new NotFoundError(`No entity has the id ${quoteList(unknown)}`, { ids: unknown });
    // Exists now with a state, but not in this topology: a past one, before it was created.
    const notThen = missing.filter((id) => isImpactKind(found.get(id)!.label));
    if (notThen.length > 0) throw new NotFoundError(`${quoteList(notThen)} did not exist at that time`, { ids: notThen });
    const others = missing.map((id) => `${id} (${found.get(id)!.label})`);
    throw new ValidationError(
      `Only components, redundancy groups, services, service interfaces and offerings have a state; ${quoteList(others)} do not`,
      { ids: missing },
    );
  }
}

/**
 * The states of the nodes the topology has. The same map when it has them all (copied only when some
 * id is gone): a dashboard polling during a storm asks with 10,000 states.
 */
function knownOnly(own: ReadonlyMap<string, State>, topology: Topology): ReadonlyMap<string, State> {
  for (const id of own.keys()) {
    if (!topology.graph.nodes.has(id)) return new Map([...own].filter(([known]) => topology.graph.nodes.has(known)));
  }
  return own;
}

/** Fails with NOT_FOUND or BAD_USER_INPUT unless the id names an organisation. */
export async function checkOrganization(entities: EntityStore, id: string): Promise<void> {
  const entity = (await entities.byIds([id])).get(id);
  if (!entity) throw new NotFoundError(`No entity has the id "${id}"`, { ids: [id] });
  if (entity.label !== 'Organization') throw new ValidationError(`"${id}" is a ${entity.label}, not an Organization`, { ids: [id] });
}

export function quoteList(items: string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}
