import neo4j from 'neo4j-driver';
import { ImpactEdge, ImpactNode, isImpactKind } from '../domain/impact/impactGraph';
import { TopologyData } from '../domain/impact/topology';
import { TopologyChange, changesAfter } from '../domain/impact/topologyChange';
import { GraphChange } from '../domain/graphChange';
import { Gateway } from '../neo4j/gateway';
import { BatchItem, expandBatch } from './changeStore';

function toFingerprint(row: Record<string, unknown> | undefined): Fingerprint {
  return {
    version: Number(row?.version ?? 0),
    epoch: String(row?.epoch ?? ''),
    nodes: Number(row?.nodes ?? 0),
    relationships: Number(row?.relationships ?? 0),
  };
}

/** Which state of the graph a process holds: Cascade's write counter, its epoch, and the totals. */
export interface Fingerprint {
  version: number;
  epoch: string;
  nodes: number;
  relationships: number;
}

/**
 * Statements that write only statuses, alerts, status holds, incidents, unbound events, binding
 * rules and API keys: no Entity, no relationship, nothing the impact topology or the fingerprint
 * reads. A statement missing here only costs a check; one wrongly here would hide a write, so add
 * one only after reading it.
 */
const LEAVE_TOPOLOGY_ALONE: ReadonlySet<string> = new Set([
  'setStatuses', 'recordAlerts', 'recordStatusHolds', 'deleteStatusHolds', 'openIncident', 'resolveIncident',
  'linkIncidentAlerts', 'recordUnboundEvents', 'putBindingRule', 'deleteBindingRule', 'createApiKey', 'revokeApiKey',
  // Reads that a round of monitoring events makes in the transaction that writes it.
  'eventsBefore', 'incidents',
]);

/** The longest topology lease a process may take (and so the longest a writer ever waits for one). */
export const MAX_LEASE_TTL_MS = 10_000;

export interface LeaseAnswer {
  granted: boolean;
  /** The graph's state when the lease was asked for, after every write committed before it. */
  fingerprint: Fingerprint;
}

/**
 * Reads the whole impact topology (three statements), the fingerprint that says when it changed,
 * and the changes recorded between two versions (to apply them instead of reading everything).
 */
export class TopologyStore {
  constructor(private readonly gateway: Gateway) {}

  async fingerprint(): Promise<Fingerprint> {
    const [row] = await this.gateway.read('topologyFingerprint');
    return toFingerprint(row);
  }

  /** This process's name as a writer: the lease's holder id (see topologyLease.ts). */
  get writerId(): string {
    return this.gateway.writerId;
  }

  /**
   * Called after each of this process's write transactions that may have changed the impact
   * topology ends (the lease's local writes): all but those that ran only statements known to
   * leave it alone, so statuses arriving during an outage do not void the lease.
   */
  onWriteSettled(listener: () => void): () => void {
    return this.gateway.onWriteSettled((statements) => {
      if (statements.size === 0 || [...statements].some((name) => !LEAVE_TOPOLOGY_ALONE.has(name))) listener();
    });
  }

  /** Asks for (or extends) the topology lease; see cypher/topologyRenewLease.cypher. */
  async renewLease(ttlMs: number, quietMs: number): Promise<LeaseAnswer> {
    const ttl = Math.min(Math.max(1, Math.round(ttlMs)), MAX_LEASE_TTL_MS);
    const [row] = await this.gateway.writeUnobserved('topologyRenewLease', { holder: this.writerId, ttlMs: ttl, quietMs: Math.round(quietMs) });
    return { granted: row?.granted === true, fingerprint: toFingerprint(row) };
  }

  async releaseLease(): Promise<void> {
    await this.gateway.writeUnobserved('topologyReleaseLease', { holder: this.writerId });
  }

  /**
   * The changes after `since` up to `until`, in the order they were made, and by how much they moved
   * the node and relationship totals; null when there are more than `max` (a full load is cheaper).
   * Single writes come in one round trip; batches (imports) are counted first and their items
   * fetched in a second.
   */
  async changesBetween(since: number, until: number, max: number): Promise<RecordedChanges | null> {
    let rows = await this.gateway.read('topologyChangesSince', { since, until, withItems: false });
    const total = rows.reduce((sum, row) => sum + Number(row.count ?? 0), 0);
    if (total > max) return null;
    if (rows.some((row) => !row.change)) rows = await this.gateway.read('topologyChangesSince', { since, until, withItems: true });
    return recordedFrom(rows as unknown as RecordedRow[]);
  }

  /**
   * The fingerprint and, in the same statement, the changes recorded after the held state's version
   * up to the fingerprint's: what a question needs to catch up, in one round trip. `changes` is null
   * when the epoch is another (nothing recorded applies) or there are more than `max` changes.
   */
  async catchUp(held: Fingerprint, max: number): Promise<{ fingerprint: Fingerprint; changes: RecordedChanges | null }> {
    const [row] = await this.gateway.read('topologyCatchUp', { since: held.version, epoch: held.epoch, max, limit: neo4j.int(max + 1) });
    const fingerprint = toFingerprint(row);
    if (fingerprint.epoch !== held.epoch) return { fingerprint, changes: null };
    const changes = ((row?.changes ?? []) as Record<string, unknown>[]).map((change) => ({ version: Number(change.version), seq: 0, change, count: 1, items: null }));
    const batches = ((row?.batches ?? []) as RecordedRow[]).map((batch) => ({ ...batch, version: Number(batch.version), seq: Number(batch.seq), change: null }));
    const rows: RecordedRow[] = [...changes, ...batches].sort((a, b) => a.version - b.version || a.seq - b.seq);
    const total = rows.reduce((sum, r) => sum + Number(r.count ?? 0), 0);
    if (total > max || rows.some((r) => !r.change && r.items == null)) return { fingerprint, changes: null };
    return { fingerprint, changes: recordedFrom(rows) };
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

/** Changes read from the history, with how far they move the graph's totals (to tell writes made outside Cascade). */
export interface RecordedChanges {
  changes: TopologyChange[];
  nodes: number;
  relationships: number;
}

/** How a recorded change moved the totals of entities and relationships. */
/** A row of recorded changes: one change, or a batch with its items as JSON. */
interface RecordedRow {
  version: number;
  seq: number;
  change: Record<string, unknown> | null;
  count: number;
  items: string | null;
}

function recordedFrom(rows: RecordedRow[]): RecordedChanges {
  const recorded: RecordedChanges = { changes: [], nodes: 0, relationships: 0 };
  const add = (change: GraphChange) => {
    recorded.changes.push(...changesAfter(change));
    const moved = totalsMoved(change);
    recorded.nodes += moved.nodes;
    recorded.relationships += moved.relationships;
  };
  for (const row of rows) {
    if (row.change) add({ ...EMPTY_CHANGE, ...row.change } as GraphChange);
    else for (const change of expandBatch(JSON.parse(String(row.items)) as BatchItem[])) add(change);
  }
  return recorded;
}

function totalsMoved(change: GraphChange): { nodes: number; relationships: number } {
  switch (change.operation) {
    case 'UPSERT':
      return { nodes: change.before === null ? 1 : 0, relationships: 0 };
    case 'DELETE': {
      const before = change.before === null ? null : (JSON.parse(change.before) as { relationships?: unknown[] });
      return { nodes: -1, relationships: -(before?.relationships?.length ?? 0) };
    }
    case 'CONNECT':
      return { nodes: 0, relationships: change.before === null ? 1 : 0 };
    case 'DISCONNECT':
      return { nodes: 0, relationships: -1 };
    case 'IMPORT':
      return { nodes: 0, relationships: 0 };
  }
}

const EMPTY_CHANGE = { id: '', at: '', by: '', entityId: null, relationshipType: null, fromId: null, toId: null, before: null, after: null };
