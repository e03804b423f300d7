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
const last = new WeakMap<Topology, { version: string; states: string; report: ImpactReport }>();

/** The report of these own states on this topology: the last one when nothing changed since, else made now. */
export function lastImpactReport(topology: Topology, own: ReadonlyMap<string, State>, make: () => ImpactReport): ImpactReport {
  const states = JSON.stringify([...own]);
  const kept = last.get(topology);
  if (kept && kept.version === topology.version && kept.states === states) return kept.report;
  const report = make();
  last.set(topology, { version: topology.version, states, report });
  return report;
}
