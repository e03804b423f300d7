import { ImpactEdge, ImpactNode, isImpactKind } from '../domain/impact/impactGraph';
import { TopologyData } from '../domain/impact/topology';
import { Gateway } from '../neo4j/gateway';

/** Reads the whole impact topology (three statements) and the fingerprint that says when it changed. */
export class TopologyStore {
  constructor(private readonly gateway: Gateway) {}

  async fingerprint(): Promise<string> {
    const [row] = await this.gateway.read('topologyFingerprint');
    return `${row?.version ?? 0}/${row?.nodes ?? 0}/${row?.relationships ?? 0}`;
  }

  async load(): Promise<TopologyData> {
    // The fingerprint is read first: a write landing during the load makes the next check reload.
    const version = await this.fingerprint();
    const rows = await this.gateway.read('topologyNodes');
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
        ...(row.directed === true ? { directed: true } : {}),
      });
      const types = row.types as ImpactEdge['type'][];
      const targets = row.targets as string[];
      const strengths = row.strengths as string[];
      // Sorted so that answers (which member a chain names) do not depend on storage order.
      const order = types.map((_, k) => k).sort((a, b) => types[a].localeCompare(types[b]) || targets[a].localeCompare(targets[b]));
      for (const k of order) {
        edges.push({ from: id, to: targets[k], type: types[k], strength: strengths[k] === 'SOFT' ? 'SOFT' : 'HARD' });
      }
    }
    const [reach] = await this.gateway.read('topologyReach');
    return {
      version,
      nodes,
      edges,
      targets: (reach?.targets ?? []) as TopologyData['targets'],
      providers: (reach?.providers ?? []) as TopologyData['providers'],
      consumers: (reach?.consumers ?? []) as TopologyData['consumers'],
      owners: (reach?.owners ?? []) as TopologyData['owners'],
      networkEnds: (reach?.networkEnds ?? []) as TopologyData['networkEnds'],
    };
  }
}
