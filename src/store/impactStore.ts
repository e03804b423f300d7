import { ImpactEdge, ImpactGraph, ImpactNode, isImpactKind } from '../domain/impact/impactGraph';
import { ImpactReach } from '../domain/impact/impactReport';
import { Gateway } from '../neo4j/gateway';

/** Reads what the impact engine needs, in a fixed number of statements whatever the blast radius. */
export class ImpactStore {
  constructor(private readonly gateway: Gateway) {}

  /** The blast radius of the given nodes as an ImpactGraph (one statement). */
  async subgraph(failedIds: readonly string[]): Promise<ImpactGraph> {
    const rows = await this.gateway.read('impactSubgraph', { ids: [...failedIds] });
    const nodes: ImpactNode[] = [];
    const edges: ImpactEdge[] = [];
    for (const row of rows) {
      const kind = String(row.label);
      if (!isImpactKind(kind)) continue;
      const id = String(row.id);
      nodes.push({
        id,
        kind,
        name: String(row.name ?? id),
        minUp: typeof row.minUp === 'number' ? row.minUp : null,
        minUpPercent: typeof row.minUpPercent === 'number' ? row.minUpPercent : null,
      });
      // Sorted so that answers (which member a chain names) do not depend on storage order.
      const rowEdges = [...(row.edges as { type: ImpactEdge['type']; to: string; strength: unknown }[])].sort(
        (a, b) => a.type.localeCompare(b.type) || a.to.localeCompare(b.to),
      );
      for (const edge of rowEdges) {
        edges.push({ from: id, to: edge.to, type: edge.type, strength: edge.strength === 'SOFT' ? 'SOFT' : 'HARD' });
      }
    }
    return new ImpactGraph(nodes, edges);
  }

  /** Consumer groups, providers and consumers behind affected offerings and services (one statement). */
  async reach(offeringIds: readonly string[], serviceIds: readonly string[]): Promise<ImpactReach> {
    const [row] = await this.gateway.read('impactReach', { offeringIds: [...offeringIds], serviceIds: [...serviceIds] });
    return {
      targets: (row?.targets ?? []) as ImpactReach['targets'],
      providers: (row?.providers ?? []) as ImpactReach['providers'],
      consumers: (row?.consumers ?? []) as ImpactReach['consumers'],
    };
  }
}
