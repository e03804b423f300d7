import { State } from './impact/state';

/** A node's recorded status: the impact states plus planned maintenance. */
export type Status = 'UP' | 'DEGRADED' | 'DOWN' | 'MAINTENANCE';

export interface CurrentStatus {
  entityId: string;
  state: Status;
  reason: string | null;
  by: string | null;
  since: string;
  incidentId: string | null;
}

export interface StatusChange {
  id: string;
  entityId: string;
  state: Status;
  previous: Status;
  reason: string | null;
  by: string | null;
  onBehalfOf?: string | null;
  at: string;
  incidentId: string | null;
}

export type IncidentState = 'OPEN' | 'RESOLVED';

export interface Incident {
  id: string;
  title: string;
  state: IncidentState;
  openedBy: string | null;
  openedOnBehalfOf?: string | null;
  openedAt: string;
  resolvedBy: string | null;
  resolvedOnBehalfOf?: string | null;
  resolvedAt: string | null;
}

/**
 * The own states the impact engine starts from. A node in maintenance is out of service, so its
 * dependants feel it exactly as if it were DOWN; it is only reported apart, as planned.
 */
export function ownStatesOf(statuses: readonly CurrentStatus[]): Map<string, State> {
  const own = new Map<string, State>();
  for (const status of statuses) {
    if (status.state === 'UP') continue;
    own.set(status.entityId, status.state === 'MAINTENANCE' ? 'DOWN' : status.state);
  }
  return own;
}
