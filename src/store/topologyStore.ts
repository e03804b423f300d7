import { ImpactEdge, ImpactNode, isImpactKind } from '../domain/impact/impactGraph';
import { TopologyData } from '../domain/impact/topology';
import { TopologyChange, changesAfter } from '../domain/impact/topologyChange';
import { GraphChange } from '../domain/graphChange';
import { Gateway } from '../neo4j/gateway';
import { BatchItem, expandBatch } from './changeStore';

/** Which state of the graph a process holds: Cascade's write counter, its epoch, and the totals. */
export interface Fingerprint {
  version: number;
  epoch: string;
  nodes: number;
  relationships: number;
}

/**
 * Reads the whole impact topology (three statements), the fingerprint that says when it changed,
 * and the changes recorded between two versions (to apply them instead of reading everything).
 */
export class TopologyStore {
  constructor(private readonly gateway: Gateway) {}

  async fingerprint(): Promise<Fingerprint> {
    const [row] = await this.gateway.read('topologyFingerprint');
    return {
      version: Number(row?.version ?? 0),
      epoch: String(row?.epoch ?? ''),
      nodes: Number(row?.nodes ?? 0),
      relationships: Number(row?.relationships ?? 0),
    };
  }

  /** How many recorded changes (single writes and batch items) lie after `since` up to `until`. */
  async changeVolume(since: number, until: number): Promise<number> {
    const [row] = await this.gateway.read('topologyChangeVolume', { since, until });
    return Number(row?.changes ?? 0);
  }

  /** The changes after `since` up to `until`, in the order they were made. */
  async changesBetween(since: number, until: number): Promise<TopologyChange[]> {
    const rows = await this.gateway.read('topologyChangesSince', { since, until });
    const changes: TopologyChange[] = [];
    for (const row of rows) {
      if (row.change) changes.push(...changesAfter({ ...EMPTY_CHANGE, ...(row.change as object) } as GraphChange));
      else for (const change of expandBatch(JSON.parse(String(row.items)) as BatchItem[])) changes.push(...changesAfter(change));
    }
    return changes;
  }

  /** The whole topology and the fingerprint read just before it (a write landing meanwhile is caught up next). */
  async load(): Promise<{ fingerprint: Fingerprint; data: TopologyData }> {
    const fingerprint = await this.fingerprint();
    const version = String(fingerprint.version);
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
    const data: TopologyData = {
      version,
      nodes,
      edges,
      groups: (reach?.groups ?? []) as TopologyData['groups'],
      facts: (reach?.facts ?? []) as TopologyData['facts'],
      networkEnds: (reach?.networkEnds ?? []) as TopologyData['networkEnds'],
    };
    return { fingerprint, data };
  }
}

const EMPTY_CHANGE = { id: '', at: '', by: '', entityId: null, relationshipType: null, fromId: null, toId: null, before: null, after: null };
