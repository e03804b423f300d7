import { AlertState } from './severityStates';

/**
 * What Cascade knows of one alert (by its deduplication key): open or resolved, the state it gives
 * its entity, and the time of the last event applied, so a late event cannot undo a newer one.
 * Resolved alerts are kept for that comparison.
 */
export interface AlertRecord {
  key: string;
  source: string;
  entityId: string;
  open: boolean;
  acknowledged: boolean;
  severity: string | null;
  state: AlertState;
  summary: string;
  /** As JSON text: labels are a map, Neo4j properties are not. */
  labels: string;
  /** When it last began firing (ISO 8601). */
  startsAt: string;
  /** The time of the last event applied to it (ISO 8601). */
  lastAt: string;
  /** It fired or changed while its entity was in MAINTENANCE, so it did not change a status. */
  duringMaintenance: boolean;
  /**
   * The incident it was made part of (openIncidentFromAlerts): the status changes it makes while it
   * stays open are that incident's. A new firing after a resolution is a new problem, of none.
   */
  incidentId?: string | null;
}
