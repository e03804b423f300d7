import { ImpactReport } from '../domain/impact/impactReport';
import { State } from '../domain/impact/state';
import { Topology } from '../domain/impact/topology';

/**
 * The last report made from each topology, with the version and own states it was made from.
 * Monitoring keeps asking `currentImpact` while events arrive (a dashboard, the subscriptions);
 * between two rounds of events the statuses read are the same, and computing the same propagation
 * again for each question took the CPU those rounds needed. A report is a pure function of the
 * topology's version and the own states, and it names nodes lazily from the propagation it holds,
 * so an identical question may share it. Topologies change in place (liveTopology.ts): the version
 * tells a changed one apart. Weak, so a topology dropped (replayed for `at`, or reloaded) takes its
 * report with it.
 */
const last = new WeakMap<Topology, { version: string; states: ReadonlyMap<string, State>; report: ImpactReport }>();

/** The report of these own states on this topology: the last one when nothing changed since, else made now. */
export function lastImpactReport(topology: Topology, own: ReadonlyMap<string, State>, make: () => ImpactReport): ImpactReport {
  const kept = last.get(topology);
  if (kept && kept.version === topology.version && sameInOrder(kept.states, own)) return kept.report;
  const report = make();
  // A copy: the caller's map is its own to change afterwards.
  last.set(topology, { version: topology.version, states: new Map(own), report });
  return report;
}

/**
 * The same entries in the same order (the report lists failures in the order given). Compared
 * entry by entry, not as JSON text: with 9,800 statuses not UP, writing both out on every poll was
 * a third of what a dashboard's currentImpact cost beyond reading the statuses.
 */
function sameInOrder(a: ReadonlyMap<string, State>, b: ReadonlyMap<string, State>): boolean {
  if (a.size !== b.size) return false;
  const other = b.entries();
  for (const [id, state] of a) {
    const next = other.next().value as [string, State];
    if (next[0] !== id || next[1] !== state) return false;
  }
  return true;
}
