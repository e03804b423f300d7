import { propagate } from './propagate';
import { State } from './state';
import { Topology } from './topology';

export interface RootCause {
  componentId: string;
  /** Symptoms its failure takes DOWN. */
  explains: string[];
  /** Symptoms its failure only degrades. */
  partiallyExplains: string[];
  /** Symptoms its failure leaves UP. */
  leavesUnexplained: string[];
  /**
   * Services and offerings its failure would take DOWN that were not reported and do not follow from
   * the symptoms themselves: evidence against it.
   */
  wronglyPredicts: string[];
  /** Hops from the nearest symptom down to the component. */
  distance: number;
}

export interface RootCauseAnalysis {
  causes: RootCause[];
  candidates: number;
  /** True when more candidates tied for the top ranks than `maxEvaluations` allowed to check fully. */
  truncated: boolean;
}

/**
 * Ranks single components whose failure would explain the observed symptoms (nodes seen DOWN).
 * Candidates are the components upstream of any symptom. Each is propagated on the symptoms'
 * upstream subgraph (exact for the symptoms' states); the best ones are then propagated on the whole
 * estate to find what they would wrongly predict. Rank: most symptoms explained, fewest wrong
 * predictions, most partially explained, nearest, id.
 */
export function rootCauses(topology: Topology, symptomIds: string[], limit: number, maxEvaluations: number): RootCauseAnalysis {
  const upstream = topology.graph.upstream(symptomIds);
  const sub = topology.graph.subgraph(upstream);
  const candidates = [...upstream.keys()].filter((id) => sub.nodes.get(id)?.kind === 'Component');

  const scored: RootCause[] = [];
  for (const componentId of candidates) {
    const result = propagate(sub, new Map([[componentId, 'DOWN' as State]]));
    const explains = symptomIds.filter((s) => result.stateOf(s) === 'DOWN');
    const partiallyExplains = symptomIds.filter((s) => result.stateOf(s) === 'DEGRADED');
    if (explains.length === 0 && partiallyExplains.length === 0) continue;
    const leavesUnexplained = symptomIds.filter((s) => result.stateOf(s) === 'UP');
    scored.push({ componentId, explains, partiallyExplains, leavesUnexplained, wronglyPredicts: [], distance: upstream.get(componentId)! });
  }
  scored.sort((a, b) => b.explains.length - a.explains.length || b.partiallyExplains.length - a.partiallyExplains.length || a.distance - b.distance || a.componentId.localeCompare(b.componentId));

  // Wrong predictions can reorder candidates that explain equally many symptoms: check every
  // candidate down to the explanation score of the limit-th one, within the evaluation budget.
  const bar = scored[Math.min(limit, scored.length) - 1]?.explains.length ?? 0;
  const contenders = scored.filter((c) => c.explains.length >= bar);
  const truncated = contenders.length > maxEvaluations;
  const checked = contenders.slice(0, maxEvaluations);
  // What the symptoms themselves take down (an offering of a down service) is no evidence against anyone.
  const consequences = propagate(topology.graph, new Map(symptomIds.map((id) => [id, 'DOWN' as State])));
  for (const cause of checked) {
    cause.wronglyPredicts = propagate(topology.graph, new Map([[cause.componentId, 'DOWN' as State]]))
      .idsIn('DOWN')
      .filter((id) => consequences.stateOf(id) !== 'DOWN' && isObservable(topology, id))
      .sort();
  }
  checked.sort(
    (a, b) =>
      b.explains.length - a.explains.length ||
      a.wronglyPredicts.length - b.wronglyPredicts.length ||
      b.partiallyExplains.length - a.partiallyExplains.length ||
      a.distance - b.distance ||
      a.componentId.localeCompare(b.componentId),
  );
  return { causes: checked.slice(0, limit), candidates: candidates.length, truncated };
}

/** What someone would notice and report: services and offerings, not internal components. */
function isObservable(topology: Topology, id: string): boolean {
  const kind = topology.graph.nodes.get(id)?.kind;
  return kind === 'Service' || kind === 'ServiceOffering';
}
