import { InvalidInputError, NotFoundError, Problem } from '../domain/errors';
import { checkRange } from '../domain/validation/checkRange';
import { isValidId } from '../domain/validation/validateEntityInput';
import { ImpactReport } from '../domain/impact/impactReport';
import { Topology } from '../domain/impact/topology';
import { CurrentStatus, Incident, Status, StatusChange, ownStatesOf } from '../domain/status';
import { WriteTransaction } from '../neo4j/gateway';
import { StatusStore, StatusWrite } from '../store/statusStore';
import { StatusHub } from './statusHub';
import { mapEvents } from './mapEvents';
import { ImpactService, checkOrganization } from './impactService';
import { TopologyCache } from './topologyCache';

export interface SetStatusInput {
  id: string;
  status: Status;
  reason: string;
  /** A note on whose behalf; the recorded author is the service's actor, never this. */
  by?: string | null;
  incidentId?: string | null;
}

export interface CurrentImpact {
  impact: ImpactReport;
  /** Everything recorded as not UP. */
  statuses: CurrentStatus[];
  /** Planned: in maintenance, still propagated to dependants. */
  maintenance: CurrentStatus[];
  /** Unplanned: DOWN or DEGRADED. */
  surprises: CurrentStatus[];
}

/** Live state: who set what status when and why, incidents, and the impact of what is recorded. */
export class StatusService {
  constructor(
    private readonly store: StatusStore,
    private readonly topology: TopologyCache,
    private readonly impact: ImpactService,
    private readonly events: StatusHub,
    /** The authenticated identity: the author of every status and incident written here. */
    private readonly actor: string,
  ) {}

  async setStatus(input: SetStatusInput): Promise<StatusChange> {
    const [change] = await this.setStatuses([input]);
    return change;
  }

  /**
   * Records status changes of distinct entities together, each as setStatus records one: checked
   * whole first (nothing is written when one is refused), written in one transaction with the
   * caller as author, then published in order to statusChanged and impactChanged subscribers.
   * Statuses from monitoring come this way, a batch of events at a time, with `alongside` writing
   * the batch's alerts in the same transaction.
   */
  async setStatuses(inputs: readonly SetStatusInput[], alongside?: (tx: WriteTransaction) => Promise<void>): Promise<StatusChange[]> {
    const [changes] = await this.setStatusesBy([{ author: this.actor, inputs }], alongside);
    return changes;
  }

  /**
   * setStatuses for parts by different authors in one transaction (batches of events from several
   * monitoring keys applied together; the author of each part is its request's identity, which
   * authenticated it). Entities are distinct across all parts; the changes come back and are
   * published per part, in the order given.
   */
  async setStatusesBy(parts: readonly { author: string; inputs: readonly SetStatusInput[] }[], alongside?: (tx: WriteTransaction) => Promise<void>): Promise<StatusChange[][]> {
    const inputs = parts.flatMap((part) => part.inputs);
    if (inputs.length === 0) {
      if (alongside) await this.store.setMany([], this.actor, alongside);
      return parts.map(() => []);
    }
    await this.check(inputs, await this.topology.get());
    const changed = await this.store.setManyBy(parts.map(writesOf), alongside);
    for (const change of changed.flat()) this.events.publishOnce(change);
    return changed;
  }

  /**
   * setStatusesBy for changes decided in the transaction that writes them (a round of monitoring
   * events reads what its events build on through it: one transaction instead of two). `decide`
   * reads through the transaction and returns the parts; they are checked as setStatusesBy checks
   * them (a refusal writes nothing), written, and published once committed. Retried whole on a
   * transient error, so `decide` must only read and compute. It is handed the topology the changes
   * are checked against, so a round asks for it once.
   */
  async setStatusesDecided<T>(
    decide: (tx: WriteTransaction, topology: Topology) => Promise<{ parts: readonly { author: string; inputs: readonly SetStatusInput[] }[]; alongside?: (tx: WriteTransaction) => Promise<void>; result: T }>,
  ): Promise<{ changes: StatusChange[][]; result: T }> {
    // Taken before the transaction: catching the topology up reads the graph in a session of its own.
    const topology = await this.topology.get();
    const decided = await this.store.setManyDecided(async (tx) => {
      const { parts, alongside, result } = await decide(tx, topology);
      const inputs = parts.flatMap((part) => part.inputs);
      if (inputs.length > 0) await this.check(inputs, topology, tx);
      return { parts: parts.map(writesOf), alongside, result };
    });
    for (const change of decided.changes.flat()) this.events.publishOnce(change);
    return decided;
  }

  /** What setStatus refuses, for all the inputs at once: a repeated entity, no reason, an unknown node or incident. */
  private async check(inputs: readonly SetStatusInput[], topology: Topology, tx?: Pick<WriteTransaction, 'run'>): Promise<void> {
    const ids = inputs.map((input) => input.id);
    // One change per entity: two in one statement would not see each other's previous state.
    if (new Set(ids).size !== ids.length) throw new Error('setStatuses takes each entity once');
    const problems: Problem[] = [];
    inputs.forEach((input, i) => {
      if (input.reason.trim() === '') problems.push({ path: inputs.length === 1 ? 'reason' : `[${i}].reason`, message: 'say why the status changes' });
    });
    if (problems.length > 0) throw new InvalidInputError(problems);
    await this.impact.checkNodes(topology, ids);
    await this.checkIncidents(inputs, tx);
  }

  /** Every incident named must exist and be open. */
  private async checkIncidents(inputs: readonly SetStatusInput[], tx?: Pick<WriteTransaction, 'run'>): Promise<void> {
    const ids = [...new Set(inputs.map((input) => input.incidentId).filter((id): id is string => !!id))];
    if (ids.length === 0) return;
    const found = new Map((await this.store.incidents({ ids }, ids.length, tx)).map((incident) => [incident.id, incident]));
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw new NotFoundError(`No incident has the id "${missing}"`, { ids: [missing] });
    const resolved = ids.find((id) => found.get(id)!.state !== 'OPEN');
    if (resolved !== undefined) throw new InvalidInputError([{ path: 'incidentId', message: `incident "${resolved}" is resolved` }]);
  }

  /** Status changes from now on, optionally of some nodes only. */
  statusChanges(ids: readonly string[] | null | undefined): AsyncIterableIterator<StatusChange> {
    return mapEvents(this.events.subscribe(), (change) => (!ids || ids.includes(change.entityId) ? change : null));
  }

  /**
   * The current impact after each status change that alters what the subscriber watches: a node's
   * state, an organisation's state and roles, or (no filter) the summary.
   */
  async impactChanges(filter: { target?: string | null; organization?: string | null }): Promise<AsyncIterableIterator<CurrentImpact>> {
    // Checked before subscribing, so a bad filter is an error of the subscription itself.
    if (filter.target) await this.impact.checkNodes(await this.topology.get(), [filter.target]);
    if (filter.organization) await checkOrganization(this.impact.entities, filter.organization);
    return this.watchImpact(filter);
  }

  private async watchImpact(filter: { target?: string | null; organization?: string | null }): Promise<AsyncIterableIterator<CurrentImpact>> {
    // Subscribed before the first reading, so no change falls between the two. Only the newest of
    // the changes that arrive during one reading matters: the next reading sees them all.
    const changes = this.events.subscribe(1, true);
    let last = this.watchKey(await this.currentImpact(), filter);
    return mapEvents(changes, async () => {
      const current = await this.currentImpact();
      const key = this.watchKey(current, filter);
      if (key === last) return null;
      last = key;
      return current;
    });
  }

  private watchKey(current: CurrentImpact, filter: { target?: string | null; organization?: string | null }): string {
    if (filter.target) return current.impact.nodes().find((n) => n.id === filter.target)?.state ?? 'UP';
    if (filter.organization) {
      const org = current.impact.organizations.find((o) => o.organizationId === filter.organization);
      return org ? `${org.state}:${org.roles.join(',')}` : 'UP';
    }
    return JSON.stringify(current.impact.summary);
  }

  /**
   * From the statuses recorded now, or (at) as they and the topology were at a past instant. With
   * `statesOnly` (the question asks each status for its node's id and its state, nothing more), only
   * those are read now: the statuses' other fields are left empty (reason, by and incident null,
   * since '') and must not be shown.
   */
  async currentImpact(at: string | null = null, statesOnly = false): Promise<CurrentImpact> {
    const statuses = at !== null ? await this.store.at(at) : statesOnly ? (await this.store.currentStates()).map(bareStatus) : await this.store.current();
    return {
      impact: await this.impact.impactOf(ownStatesOf(statuses), at),
      statuses,
      maintenance: statuses.filter((s) => s.state === 'MAINTENANCE'),
      surprises: statuses.filter((s) => s.state === 'DOWN' || s.state === 'DEGRADED'),
    };
  }

  history(filter: { id?: string | null; incidentId?: string | null }, first: number): Promise<StatusChange[]> {
    checkRange('first', first, 1, 1000);
    return this.store.history(filter, first);
  }

  async openIncident(id: string, title: string, by?: string | null): Promise<Incident> {
    const problems: Problem[] = [];
    if (!isValidId(id)) problems.push({ path: 'id', message: 'must be 1-200 characters: letters, digits and . _ : @ / -' });
    if (title.trim() === '') problems.push({ path: 'title', message: 'must not be empty' });
    const [existing] = await this.store.incidents({ ids: [id] }, 1);
    if (existing) problems.push({ path: 'id', message: `incident "${id}" exists already` });
    if (problems.length > 0) throw new InvalidInputError(problems);
    return this.store.openIncident(id, title, this.actor, noteOf(by));
  }

  async resolveIncident(id: string, by?: string | null): Promise<Incident> {
    const resolved = await this.store.resolveIncident(id, this.actor, noteOf(by));
    if (resolved) return resolved;
    const [incident] = await this.store.incidents({ ids: [id] }, 1);
    if (!incident) throw new NotFoundError(`No incident has the id "${id}"`, { ids: [id] });
    throw new InvalidInputError([{ path: 'id', message: `incident "${id}" is resolved already` }]);
  }

  incidents(state: string | null | undefined, first: number): Promise<Incident[]> {
    checkRange('first', first, 1, 1000);
    return this.store.incidents({ state }, first);
  }

  incidentsByIds(ids: string[]): Promise<Incident[]> {
    return this.store.incidents({ ids }, ids.length);
  }
}

/** A status of which only the entity and state were read. */
function bareStatus({ entityId, state }: { entityId: string; state: Status }): CurrentStatus {
  return { entityId, state, reason: null, by: null, since: '', incidentId: null };
}

/** An on-behalf-of note as stored: trimmed, and absent when empty. */
function noteOf(by: string | null | undefined): string | null {
  const note = by?.trim() ?? '';
  return note === '' ? null : note.slice(0, 200);
}

/** The store's writes of one author's inputs. */
function writesOf(part: { author: string; inputs: readonly SetStatusInput[] }): { by: string; changes: StatusWrite[] } {
  return {
    by: part.author,
    changes: part.inputs.map((input) => ({ id: input.id, state: input.status, reason: input.reason, onBehalfOf: noteOf(input.by), incidentId: input.incidentId ?? null })),
  };
}
