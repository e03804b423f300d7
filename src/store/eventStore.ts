import neo4j from 'neo4j-driver';
import { AlertRecord } from '../domain/events/alertRecord';
import { BindingRule } from '../domain/events/bindingRule';
import { MonitoringEvent } from '../domain/events/monitoringEvent';
import { StatusHold } from '../domain/events/statusHold';
import { Status } from '../domain/status';
import { Gateway, WriteTransaction } from '../neo4j/gateway';

/** An event kept because no entity was found for it. */
export interface UnboundEvent {
  key: string;
  source: string;
  action: string;
  severity: string | null;
  summary: string;
  /** As JSON text. */
  labels: string;
  /** The entity it named, when that entity does not exist. */
  entityId: string | null;
  reason: string;
  /** When it happened, as the event said. */
  at: string;
  firstAt: string;
  lastAt: string;
  count: number;
}

export interface StoredBindingRule extends BindingRule {
  updatedBy: string;
  updatedAt: string;
}

/** What batches of events build on (eventsBefore.cypher). */
export interface EventsKnown {
  alerts: AlertRecord[];
  statuses: { entityId: string; state: Status }[];
  /** Entities of those asked about that have a held status. */
  held: string[];
  /** Whether a hold is due at the instant asked about (false when not asked). */
  due: boolean;
  /** The binding rules, when asked for. */
  rules: StoredBindingRule[] | null;
}

/** Monitoring's side of live state: alerts by key, events no entity was found for, binding rules. */
export class EventStore {
  constructor(private readonly gateway: Gateway) {}

  /**
   * What batches build on, in one statement: the alerts with these keys, every open alert of these
   * entities and of the keys' entities, those entities' statuses that are not UP and which of them
   * have a held status; with `now`, also whether any hold is due then; with `rules`, the binding rules.
   * Through `tx` when given: read in the transaction that then writes the round.
   */
  async before(keys: string[], entityIds: string[], now: string | null = null, rules = false, tx?: Pick<WriteTransaction, 'run'>): Promise<EventsKnown> {
    const params = { keys, entityIds, now, rules };
    const [row] = tx ? await tx.run('eventsBefore', params) : await this.gateway.read('eventsBefore', params);
    return {
      alerts: (row.alerts as Partial<AlertRecord>[]).map(withDefaults),
      statuses: row.statuses as { entityId: string; state: Status }[],
      held: row.held as string[],
      due: row.due === true,
      rules: Array.isArray(row.rules) ? row.rules.map(ruleOf) : null,
    };
  }

  /**
   * Stores the alerts, unbound events and held statuses of batches in the caller's transaction, the
   * one that records their status changes: all of it lands or none does. `unheld` drops holds,
   * `holds` (one per entity) replace them; `times` counts an unbound key that came more than once.
   */
  async recordIn(tx: WriteTransaction, alerts: AlertRecord[], unbound: { event: MonitoringEvent; reason: string; times?: number }[], holds: { holds: StatusHold[]; unheld: string[] }): Promise<void> {
    if (alerts.length > 0) await tx.run('recordAlerts', { alerts });
    if (holds.holds.length > 0 || holds.unheld.length > 0) await tx.run('recordStatusHolds', holds);
    if (unbound.length > 0) {
      const events = unbound.map(({ event, reason, times }) => ({
        key: event.key,
        source: event.source ?? 'events',
        action: event.action,
        severity: event.severity,
        summary: event.summary,
        labels: JSON.stringify(event.labels),
        entityId: event.entityId,
        reason,
        at: event.at,
        times: times ?? 1,
      }));
      await tx.run('recordUnboundEvents', { events });
    }
  }

  /** Makes these alerts, and the current status changes of their entities, the incident's. */
  async linkIncident(incidentId: string, keys: string[]): Promise<void> {
    await this.gateway.write('linkIncidentAlerts', { incidentId, keys });
  }

  /** Holds whose hold-down has passed at `now` (ISO 8601 UTC), at most 1,000. */
  async dueHolds(now: string): Promise<StatusHold[]> {
    return (await this.gateway.read('dueStatusHolds', { now })).map((row) => row.hold as StatusHold);
  }

  /** Drops these entities' holds that were due at `now`. */
  async dropHolds(entityIds: string[], now: string): Promise<void> {
    if (entityIds.length > 0) await this.gateway.write('deleteStatusHolds', { entityIds, now });
  }

  async holds(limit: number): Promise<StatusHold[]> {
    return (await this.gateway.read('statusHolds', { limit: neo4j.int(limit) })).map((row) => row.hold as StatusHold);
  }

  async openAlerts(entityId: string | null, limit: number): Promise<AlertRecord[]> {
    const rows = await this.gateway.read('openAlerts', { entityId, limit: neo4j.int(limit) });
    return rows.map((row) => withDefaults(row.alert as Partial<AlertRecord>));
  }

  async unboundEvents(limit: number): Promise<UnboundEvent[]> {
    const rows = await this.gateway.read('unboundEvents', { limit: neo4j.int(limit) });
    return rows.map((row) => ({ severity: null, entityId: null, ...(row.event as object) }) as UnboundEvent);
  }

  async bindingRules(): Promise<StoredBindingRule[]> {
    return (await this.gateway.read('bindingRules')).map((row) => ruleOf(row.rule));
  }

  async putBindingRule(rule: BindingRule, by: string): Promise<StoredBindingRule> {
    const [row] = await this.gateway.write('putBindingRule', { rule, by });
    return ruleOf(row.rule);
  }

  async deleteBindingRule(id: string): Promise<StoredBindingRule | null> {
    const [row] = await this.gateway.write('deleteBindingRule', { id });
    return row ? ruleOf(row.rule) : null;
  }
}

/** Neo4j drops null properties: missing ones come back as null here. */
function withDefaults(alert: Partial<AlertRecord>): AlertRecord {
  return { severity: null, state: null, acknowledged: false, duringMaintenance: false, incidentId: null, ...alert } as AlertRecord;
}

function ruleOf(row: unknown): StoredBindingRule {
  return { description: null, pattern: null, kind: null, ...(row as object) } as StoredBindingRule;
}
