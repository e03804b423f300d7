import { CascadeError, InvalidInputError, NotFoundError, Problem } from '../domain/errors';
import { AlertRecord } from '../domain/events/alertRecord';
import { EventBinding, bindEvent } from '../domain/events/bindEvent';
import { BindingRule, validateBindingRule } from '../domain/events/bindingRule';
import { readLabels } from '../domain/events/eventFields';
import { MonitoringEvent } from '../domain/events/monitoringEvent';
import { EventSettings, DEFAULT_EVENT_SETTINGS } from '../domain/events/eventSettings';
import { EventOutcome, EventPlan } from '../domain/events/planEvents';
import { QueuedBatch, planBatches } from '../domain/events/planBatches';
import { ReleasedHold, StatusHold, releaseHolds } from '../domain/events/statusHold';
import { alertsForIncident } from '../domain/events/incidentAlerts';
import { Incident } from '../domain/status';
import { Status } from '../domain/status';
import { checkRange } from '../domain/validation/checkRange';
import { EventStore, StoredBindingRule, UnboundEvent } from '../store/eventStore';
import { StatusStore } from '../store/statusStore';
import { WriteTransaction } from '../neo4j/gateway';
import { bindingIndexOf } from './bindingIndex';
import { EventQueue } from './eventQueue';
import { StatusService } from './statusService';
import { TopologyCache } from './topologyCache';

/** What became of a request's events: counts, and each event in order. */
export interface EventsReceived {
  received: number;
  applied: number;
  duplicates: number;
  stale: number;
  unbound: number;
  maintenance: number;
  acknowledged: number;
  /** Status changes recorded (through setStatus's path) as a result. */
  statusChanges: { entityId: string; state: Status; reason: string }[];
  /** Better statuses waiting out the hold-down: applied at `until` unless an alert fires again first. */
  held: { entityId: string; state: Status; until: string }[];
  events: { key: string; entityId: string | null; outcome: EventOutcome; reason: string | null }[];
}

/** A request's events waiting their turn, with the identity whose they are. */
interface Queued {
  events: readonly MonitoringEvent[];
  by: string;
}

/**
 * At most this many events are applied in one round (one transaction): a storm's requests
 * (up to 1,000 events each) go a few at a time.
 */
const MAX_EVENTS_PER_ROUND = 5000;

/**
 * Batches are applied in turn per process (eventQueue.ts): each reads the alerts it builds on, so
 * two at once could each miss the other's. Keyed by the process-wide topology cache (one per app).
 */
const queues = new WeakMap<TopologyCache, EventQueue<Queued, EventsReceived>>();

/** Statuses from monitoring: events in, bound to entities, combined per entity, written as setStatus writes. */
export class EventService {
  constructor(
    private readonly store: EventStore,
    private readonly statuses: StatusStore,
    private readonly topology: TopologyCache,
    /** Writes every status change: history with the caller as author, subscriptions, current impact. */
    private readonly status: StatusService,
    /** The authenticated identity: the author of the rules written here. */
    private readonly actor: string,
    private readonly settings: EventSettings = DEFAULT_EVENT_SETTINGS,
    /** Writes a held status change as the identity whose event made it (not this request's). */
    private readonly statusAs: (author: string) => StatusService = () => status,
  ) {}

  /**
   * Applies normalised, already validated events in order; see planEvents for the rules. They are
   * applied in turn with the batches of other requests (planBatches): the answer comes once their
   * transaction has committed.
   */
  receive(events: MonitoringEvent[]): Promise<EventsReceived> {
    return this.queue().batch({ events, by: this.actor }, events.length, (batches) => this.applyTogether(batches));
  }

  /** Applies the held statuses that are due; the periodic sweep calls it, each round of batches does it first. */
  sweep(): Promise<ReleasedHold[]> {
    return this.serially(() => this.releaseDue(this.settings.now().toISOString()));
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    return this.queue().task(work);
  }

  private queue(): EventQueue<Queued, EventsReceived> {
    let queue = queues.get(this.topology);
    if (!queue) queues.set(this.topology, (queue = new EventQueue(MAX_EVENTS_PER_ROUND)));
    return queue;
  }

  private async releaseDue(now: string): Promise<ReleasedHold[]> {
    const due = await this.store.dueHolds(now);
    if (due.length === 0) return [];
    const known = await this.store.before([], due.map((h) => h.entityId));
    const released = releaseHolds(due, known.alerts, new Map(known.statuses.map((s) => [s.entityId, s.state])));
    const incidents = await this.openIncidents(released);
    for (const change of released) {
      try {
        const incidentId = change.incidentId !== null && incidents.has(change.incidentId) ? change.incidentId : null;
        await this.statusAs(change.by).setStatus({ id: change.entityId, status: change.state, reason: change.reason, by: change.source, incidentId });
      } catch (error) {
        // The entity was deleted while its status was held: there is nothing left to return.
        if (!(error instanceof CascadeError && error.code === 'NOT_FOUND')) throw error;
      }
    }
    await this.store.dropHolds(due.map((h) => h.entityId), now);
    return released;
  }

  /** Of the incidents these changes name, those still open: a resolved incident takes no more changes. */
  private async openIncidents(changes: readonly { incidentId: string | null }[], tx?: Pick<WriteTransaction, 'run'>): Promise<Set<string>> {
    const ids = [...new Set(changes.map((c) => c.incidentId).filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Set();
    const incidents = await this.statuses.incidents({ ids }, ids.length, tx);
    return new Set(incidents.filter((i) => i.state === 'OPEN').map((i) => i.id));
  }

  /**
   * Opens an incident for a group of open alerts (by key, or every open alert of some entities): the
   * alerts, and the status changes that put their entities where they are now, become the
   * incident's, and so do the changes the alerts make from then on (their resolution). Applied in
   * turn with the batches of events, so a batch cannot overwrite the alerts' link.
   */
  openIncidentFromAlerts(input: { id: string; title: string; alertKeys?: readonly string[] | null; entities?: readonly string[] | null; by?: string | null }): Promise<Incident> {
    return this.serially(async () => {
      const keys = input.alertKeys ?? [];
      const entityIds = input.entities ?? [];
      const chosen = alertsForIncident(keys, entityIds, (await this.store.before([...keys], [...entityIds])).alerts);
      if (chosen.problems.length > 0) throw new InvalidInputError(chosen.problems);
      // Two writes: opening reuses setStatus's incident rules (id, title, author); should the link
      // then fail, the incident stands open without it and the error says why.
      const incident = await this.status.openIncident(input.id, input.title, input.by);
      await this.store.linkIncident(incident.id, chosen.keys);
      return incident;
    });
  }

  /**
   * Applies queued batches (or a leading part of them, planBatches) in one transaction that reads
   * what they build on and writes what they leave, each as if it had been applied alone after the
   * ones before it; answers for those applied. A round cost two transactions (a read, then the
   * write), and their begin and commit were a third of a round's time under load (docs/performance.md).
   */
  private async applyTogether(queued: readonly Queued[], checkDue = true): Promise<EventsReceived[]> {
    const now = this.settings.now().toISOString();
    const keys = [...new Set(queued.flatMap((b) => b.events.map((e) => e.key)))];
    const needRules = queued.some((b) => b.events.some((e) => e.entityId === null));
    const { result } = await this.status.setStatusesDecided(async (tx, topology) => {
      const index = bindingIndexOf(topology.graph);
      // Events that name their entity bind without rules (the usual case: a cascade_id label).
      const named = entityIdsOf(queued.flatMap((b) => b.events.filter((e) => e.entityId !== null).map((e) => bindEvent(e, [], index))));
      // One read for them all: their alerts, the statuses of only the entities involved, whether a
      // hold is due, and the rules if some event needs them. An event bound by a rule to an entity
      // the read did not cover costs a read again.
      let known = await this.store.before(keys, named, checkDue ? now : null, needRules, tx);
      // Due holds go first (they write through setStatus, each on its own), so a firing after a hold
      // ran out finds the entity back UP, as it was by then: this transaction writes nothing, and
      // the round starts again once they are applied. Rare.
      if (known.due) return { parts: [], result: null };
      const rules = known.rules ?? [];
      const batches: QueuedBatch[] = queued.map((b) => ({ by: b.by, events: b.events.map((event) => ({ event, binding: bindEvent(event, rules, index) })) }));
      const bound = entityIdsOf(batches.flatMap((b) => b.events.map((e) => e.binding)));
      if (bound.length > named.length) known = { ...(await this.store.before(keys, bound, null, false, tx)), rules };
      const { plans, write } = planBatches(
        batches,
        { alerts: new Map(known.alerts.map((a): [string, AlertRecord] => [a.key, a])), statuses: new Map(known.statuses.map((s) => [s.entityId, s.state])) },
        this.settings.severities,
        { ms: this.settings.holdDownMs, now },
      );
      // The status changes go through setStatus's path together (one check, each change published),
      // in this transaction with the alerts, unbound events and holds they leave: a failure writes
      // none of it, so a resend is applied afresh instead of found a duplicate.
      const incidents = await this.openIncidents(plans.flatMap((plan) => plan.statuses), tx);
      const held = new Set(known.held);
      // Holds of entities that have none need no deleting: most rounds write no hold at all.
      const unheld = write.unheld.filter((entityId) => held.has(entityId));
      const anythingToRecord = write.alerts.length > 0 || write.unbound.length > 0 || write.holds.length > 0 || unheld.length > 0;
      return {
        parts: plans.map((plan, i) => ({
          author: batches[i].by,
          inputs: plan.statuses.map((change) => ({
            id: change.entityId,
            status: change.state,
            reason: change.reason,
            by: change.source,
            incidentId: change.incidentId !== null && incidents.has(change.incidentId) ? change.incidentId : null,
          })),
        })),
        alongside: anythingToRecord ? (writeTx: WriteTransaction) => this.store.recordIn(writeTx, write.alerts, write.unbound, { holds: write.holds, unheld }) : undefined,
        result: plans,
      };
    });
    if (result === null) {
      await this.releaseDue(now);
      return this.applyTogether(queued, false);
    }
    return result.map((plan, i) => answerOf(plan, queued[i].events.length));
  }

  /** Dry run: which entity an event with these labels (or this resource id) would bind to, and why. */
  async bind(labels: unknown, resourceId: string | null | undefined): Promise<EventBinding> {
    const problems: Problem[] = [];
    const read = readLabels(labels, 'labels', problems, true);
    if (problems.length > 0) throw new InvalidInputError(problems);
    const index = bindingIndexOf((await this.topology.get()).graph);
    return bindEvent({ entityId: resourceId ?? read.cascade_id ?? null, labels: read }, await this.store.bindingRules(), index);
  }

  bindingRules(): Promise<StoredBindingRule[]> {
    return this.store.bindingRules();
  }

  /** Creates or replaces a rule, validated whole, with the caller as its author. */
  putBindingRule(input: Parameters<typeof validateBindingRule>[0]): Promise<StoredBindingRule> {
    const rule: BindingRule = validateBindingRule(input);
    return this.store.putBindingRule(rule, this.actor);
  }

  async deleteBindingRule(id: string): Promise<StoredBindingRule> {
    const deleted = await this.store.deleteBindingRule(id);
    if (deleted) return deleted;
    throw new NotFoundError(`No binding rule has the id "${id}"`, { ids: [id] });
  }

  unboundEvents(first: number): Promise<UnboundEvent[]> {
    checkRange('first', first, 1, 1000);
    return this.store.unboundEvents(first);
  }

  /** Better statuses waiting out the hold-down, the soonest due first. */
  holds(first: number): Promise<StatusHold[]> {
    checkRange('first', first, 1, 1000);
    return this.store.holds(first);
  }

  openAlerts(entityId: string | null | undefined, first: number): Promise<AlertRecord[]> {
    checkRange('first', first, 1, 1000);
    return this.store.openAlerts(entityId ?? null, first);
  }
}

function answerOf(plan: EventPlan, received: number): EventsReceived {
  const count = (outcome: EventOutcome) => plan.outcomes.filter((o) => o.outcome === outcome).length;
  return {
    received,
    applied: count('APPLIED'),
    duplicates: count('DUPLICATE'),
    stale: count('STALE'),
    unbound: count('UNBOUND'),
    maintenance: count('MAINTENANCE'),
    acknowledged: count('ACKNOWLEDGED'),
    statusChanges: plan.statuses.map(({ entityId, state, reason }) => ({ entityId, state, reason })),
    held: plan.holds.map(({ entityId, state, until }) => ({ entityId, state, until })),
    events: plan.outcomes,
  };
}

/** The distinct entities these bindings found. */
function entityIdsOf(bindings: readonly EventBinding[]): string[] {
  return [...new Set(bindings.map((b) => b.entityId).filter((id): id is string => id !== null))];
}
