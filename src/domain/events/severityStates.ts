import { Problem } from '../errors';

/** The state an alert of some severity gives its entity; null: none (it is recorded, nothing changes). */
export type AlertState = 'DOWN' | 'DEGRADED' | null;

export interface SeverityStates {
  /** By lower-case severity. */
  bySeverity: Readonly<Record<string, AlertState>>;
  /** For a severity not in the table, or none: something is wrong, how badly is not said. */
  otherwise: AlertState;
}

/** critical and error take an entity DOWN, warning DEGRADED; info is only recorded. */
export const DEFAULT_SEVERITY_STATES: SeverityStates = {
  bySeverity: { critical: 'DOWN', error: 'DOWN', warning: 'DEGRADED', info: null },
  otherwise: 'DEGRADED',
};

export function stateOfSeverity(severity: string | null, table: SeverityStates = DEFAULT_SEVERITY_STATES): AlertState {
  if (severity !== null && Object.prototype.hasOwnProperty.call(table.bySeverity, severity)) return table.bySeverity[severity];
  return table.otherwise;
}

const RANK: Record<string, number> = { UP: 0, DEGRADED: 1, DOWN: 2 };

/** The worse of the states of open alerts: DOWN over DEGRADED; UP when none says anything. */
export function worstState(states: Iterable<AlertState>): 'UP' | 'DEGRADED' | 'DOWN' {
  let worst: 'UP' | 'DEGRADED' | 'DOWN' = 'UP';
  for (const state of states) if (state !== null && RANK[state] > RANK[worst]) worst = state;
  return worst;
}

/**
 * A severity table from text such as `critical=DOWN,error=DOWN,warning=DEGRADED,info=NONE,*=DEGRADED`
 * (`*` is any other severity); entries left out keep their defaults.
 */
export function parseSeverityStates(text: string, path: string, problems: Problem[]): SeverityStates {
  const bySeverity: Record<string, AlertState> = { ...DEFAULT_SEVERITY_STATES.bySeverity };
  let otherwise = DEFAULT_SEVERITY_STATES.otherwise;
  for (const entry of text.split(',').map((e) => e.trim()).filter((e) => e !== '')) {
    const [name, value] = entry.split('=').map((p) => p?.trim());
    const state = value === 'DOWN' || value === 'DEGRADED' ? value : value === 'NONE' ? null : undefined;
    if (!name || !/^[a-z0-9_*-]+$/.test(name) || state === undefined) {
      problems.push({ path, message: `"${entry}" must be severity=DOWN, DEGRADED or NONE (lower-case severity, * for any other)` });
    } else if (name === '*') otherwise = state;
    else bySeverity[name] = state;
  }
  return { bySeverity, otherwise };
}
