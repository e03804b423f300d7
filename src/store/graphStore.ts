import neo4j from 'neo4j-driver';
import { Closure, ClosureNode, GraphDirection, StoredEdge } from '../domain/graph/closure';
import { OfferingFacts } from '../domain/graph/chainLinks';
import { Gateway, Row } from '../neo4j/gateway';

/** Reads for dependency graphs and value chains, each a fixed number of statements whatever the graph's size. */
export class GraphStore {
  constructor(private readonly gateway: Gateway) {}

  /**
   * The nodes within `reach` hops of the root in `direction` and the stored edges among them (one
   * statement). No rows, and so no root, when no entity has the id.
   */
  async dependencyClosure(rootId: string, direction: GraphDirection, reach: number): Promise<Closure> {
    const statement = direction === 'UPSTREAM' ? 'dependencyGraphUpstream' : 'dependencyGraphDownstream';
    return toClosure(rootId, await this.gateway.read(statement, { root: rootId, reach: neo4j.int(reach) }));
  }

  /** Everything within 50 relationships of the subject in `direction`, with organisations (one statement). */
  async chainClosure(subjectId: string, direction: GraphDirection): Promise<Closure> {
    const statement = direction === 'UPSTREAM' ? 'serviceChainUpstream' : 'serviceChainDownstream';
    return toClosure(subjectId, await this.gateway.read(statement, { id: subjectId }));
  }

  /** The named offerings and those including the named services, described for a value chain (one statement). */
  async chainOfferings(serviceIds: readonly string[], offeringIds: readonly string[]): Promise<Map<string, OfferingFacts>> {
    if (serviceIds.length === 0 && offeringIds.length === 0) return new Map();
    const rows = await this.gateway.read('serviceChainOfferings', { serviceIds: [...serviceIds], offeringIds: [...offeringIds] });
    return new Map(
      rows.map((row) => [
        String(row.id),
        {
          id: String(row.id),
          organizationId: optionalString(row.organizationId),
          serviceIds: (row.serviceIds as unknown[]).map(String),
          targets: (row.targets as Row[]).map((t) => ({
            consumerGroupId: String(t.consumerGroupId),
            organizationId: optionalString(t.organizationId),
          })),
          relationships: (row.relationships as Row[]).map((r) => ({
            relationshipId: String(r.relationshipId),
            providerId: optionalString(r.providerId),
            consumerId: optionalString(r.consumerId),
          })),
        },
      ]),
    );
  }
}

function toClosure(rootId: string, rows: Row[]): Closure {
  const nodes = new Map<string, ClosureNode>();
  const edges: StoredEdge[] = [];
  for (const row of rows) {
    const id = String(row.id);
    nodes.set(id, {
      id,
      kind: String(row.label),
      name: typeof row.name === 'string' ? row.name : id,
      organizationId: optionalString(row.organizationId),
    });
    for (const edge of row.edges as Row[]) {
      edges.push({
        from: String(edge.from),
        to: String(edge.to),
        type: edge.type as StoredEdge['type'],
        strength: edge.type !== 'DEPENDS_ON' ? null : edge.strength === 'SOFT' ? 'SOFT' : 'HARD',
      });
    }
  }
  return { rootId, nodes, edges };
}

function optionalString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
