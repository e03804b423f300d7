import { CurrentStatus, Incident, Status, StatusChange } from '../domain/status';
import { Gateway, Row, WriteTransaction } from '../neo4j/gateway';
import neo4j from 'neo4j-driver';

/** One status change to record. */
export interface StatusWrite {
  id: string;
  state: Status;
  reason: string;
  onBehalfOf: string | null;
  incidentId: string | null;
}

/** What a transaction decided to write: status changes per author, more writes alongside, and what to answer. */
export interface DecidedWrites<T> {
  parts: readonly { by: string; changes: readonly StatusWrite[] }[];
  alongside?: (tx: WriteTransaction) => Promise<void>;
  result: T;
}

/** Live state: current statuses, their history and incidents (kept apart from the entities). */
export class StatusStore {
  constructor(private readonly gateway: Gateway) {}

  async set(id: string, state: Status, reason: string, by: string, onBehalfOf: string | null, incidentId: string | null): Promise<StatusChange> {
    const [change] = await this.setMany([{ id, state, reason, onBehalfOf, incidentId }], by);
    return change;
  }

  /**
   * Records changes of distinct entities, all by one author, in one transaction, with `alongside`
   * writing more in the same transaction (both land or neither does); the changes come back in the
   * order given.
   */
  async setMany(changes: readonly StatusWrite[], by: string, alongside?: (tx: WriteTransaction) => Promise<void>): Promise<StatusChange[]> {
    const [changed] = await this.setManyBy([{ by, changes }], alongside);
    return changed;
  }

  /**
   * Records changes of distinct entities by several authors (batches of events from different
   * monitoring keys applied together) in one transaction: one statement per author; the changes
   * come back per part, in the order given.
   */
  async setManyBy(parts: readonly { by: string; changes: readonly StatusWrite[] }[], alongside?: (tx: WriteTransaction) => Promise<void>): Promise<StatusChange[][]> {
    if (parts.every((p) => p.changes.length === 0) && !alongside) return parts.map(() => []);
    return (await this.setManyDecided(async () => ({ parts, alongside, result: null }))).changes;
  }

  /**
   * setManyBy for changes decided inside the transaction that writes them: `decide` reads what it
   * needs through the transaction first (monitoring's round: what its events build on), so a round
   * costs one transaction instead of a read and a write. Retried whole on a transient error, so
   * `decide` must only read and compute.
   */
  async setManyDecided<T>(decide: (tx: WriteTransaction) => Promise<DecidedWrites<T>>): Promise<{ changes: StatusChange[][]; result: T }> {
    return this.gateway.writeTransaction(async (tx) => {
      const { parts, alongside, result } = await decide(tx);
      const authors = new Map<string, StatusWrite[]>();
      for (const part of parts) authors.set(part.by, [...(authors.get(part.by) ?? []), ...part.changes]);
      const rows: Row[] = [];
      for (const [by, changes] of authors) {
        if (changes.length > 0) rows.push(...(await tx.run('setStatuses', { changes: changes.map((c) => ({ ...c })), by })));
      }
      await alongside?.(tx);
      const byEntity = new Map(rows.map((row) => [(row.change as StatusChange).entityId, row.change as StatusChange]));
      return { changes: parts.map((part) => part.changes.map((c) => byEntity.get(c.id)!)), result };
    });
  }

  async current(): Promise<CurrentStatus[]> {
    return (await this.gateway.read('currentStatuses')).map((row) => row.status as CurrentStatus);
  }

  /** Every status that is not UP, its entity and state only (currentStates.cypher), in id order. */
  async currentStates(): Promise<{ entityId: string; state: Status }[]> {
    const [row] = await this.gateway.read('currentStates');
    const states = (row?.states ?? []) as Status[];
    return ((row?.entityIds ?? []) as string[]).map((entityId, i) => ({ entityId, state: states[i] }));
  }

  /** Statuses as they were at a point in time (from the history), when not UP. */
  async at(at: string): Promise<CurrentStatus[]> {
    return (await this.gateway.read('statusesAt', { at })).map((row) => ({ reason: null, by: null, incidentId: null, ...(row.status as object) }) as CurrentStatus);
  }

  /** Changes from an instant on (minus an overlap, never before `floor`), oldest first, at most 1000. */
  async changesSince(since: string, overlapSeconds: number, floor: string): Promise<StatusChange[]> {
    const rows = await this.gateway.read('statusChangesSince', { since, overlapSeconds: neo4j.int(overlapSeconds), floor });
    return rows.map((row) => ({ incidentId: null, reason: null, by: null, ...(row.change as object) }) as StatusChange);
  }

  /** The database's clock. */
  async now(): Promise<string> {
    const [row] = await this.gateway.read('databaseNow');
    return String(row.now);
  }

  async history(filter: { id?: string | null; incidentId?: string | null }, limit: number): Promise<StatusChange[]> {
    const rows = await this.gateway.read('statusHistory', { id: filter.id ?? null, incidentId: filter.incidentId ?? null, limit: neo4j.int(limit) });
    return rows.map((row) => ({ incidentId: null, reason: null, by: null, ...(row.change as object) }) as StatusChange);
  }

  async openIncident(id: string, title: string, by: string, onBehalfOf: string | null): Promise<Incident> {
    const [row] = await this.gateway.write('openIncident', { id, title, by, onBehalfOf });
    return withDefaults(row.incident as Partial<Incident>);
  }

  async resolveIncident(id: string, by: string, onBehalfOf: string | null): Promise<Incident | null> {
    const [row] = await this.gateway.write('resolveIncident', { id, by, onBehalfOf });
    return row ? withDefaults(row.incident as Partial<Incident>) : null;
  }

  /** Incidents, newest first; through `tx` when given (read in the transaction that writes). */
  async incidents(filter: { state?: string | null; ids?: string[] | null }, limit: number, tx?: Pick<WriteTransaction, 'run'>): Promise<Incident[]> {
    const params = { state: filter.state ?? null, ids: filter.ids ?? null, limit: neo4j.int(limit) };
    const rows = tx ? await tx.run('incidents', params) : await this.gateway.read('incidents', params);
    return rows.map((row) => withDefaults(row.incident as Partial<Incident>));
  }
}

/** Neo4j drops null properties: missing ones come back as null here. */
function withDefaults(incident: Partial<Incident>): Incident {
  return { openedBy: null, resolvedBy: null, resolvedAt: null, ...incident } as Incident;
}
