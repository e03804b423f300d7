import { chainTo } from './chain';
import { ImpactGraph } from './impactGraph';
import type { ChainStep, ImpactedNode } from './impactReport';
import { Propagation, STATE_NAMES } from './propagate';
import { RedundancyVerdict, redundancyVerdict } from './redundancyVerdict';
import { State } from './state';

/**
 * The nodes of one propagation as the report shows them, made when first asked for, by position in
 * the propagation. Distances follow cause pointers over integers, once per node: a core router's
 * blast radius has tens of thousands of nodes and most answers name few of them.
 */
export class ImpactedNodes {
  private readonly made = new Map<number, ImpactedNode>();
  /** By position: hops from the nearest failure, -1 until known. */
  private distances: Int32Array | null = null;
  private readonly verdicts = new Map<string, RedundancyVerdict | null>();
  private readonly stateOf = (id: string): State => this.propagation.stateOf(id);
  private readonly causeOf = (id: string) => this.propagation.causeOf(id);

  constructor(
    private readonly graph: ImpactGraph,
    private readonly propagation: Propagation,
  ) {}

  /** The node at position p of the propagation; null for an edge end outside the graph. */
  at(p: number): ImpactedNode | null {
    const known = this.made.get(p);
    if (known) return known;
    const { index } = this.propagation;
    // Kind as the propagation saw it: the graph may have moved on by the time a field is resolved.
    const kind = index.kindOf(this.propagation.touched[p]);
    if (!kind) return null;
    const id = index.ids[this.propagation.touched[p]];
    const made: ImpactedNode = {
      id,
      kind,
      name: this.graph.nodes.get(id)?.name ?? id,
      state: STATE_NAMES[this.propagation.touchedState[p]],
      distance: this.distanceAt(p),
      chain: () => this.chainOf(id),
      verdicts: () =>
        chainTo(id, this.causeOf)
          .map((link) => this.verdictOf(link.id))
          .filter((v): v is RedundancyVerdict => v !== null),
      verdict: kind === 'RedundancyGroup' ? this.verdictOf(id) : null,
    };
    this.made.set(p, made);
    return made;
  }

  /** The node with this id; null when it is UP or outside the graph. */
  byId(id: string): ImpactedNode | null {
    const { index } = this.propagation;
    const i = index.indexOf.get(id);
    const p = i === undefined || i >= index.size ? -1 : this.propagation.positionOfIndex(i);
    return p < 0 ? null : this.at(p);
  }

  /** Every node that is not UP, nearest the failures first. */
  all(): ImpactedNode[] {
    const list: ImpactedNode[] = [];
    for (let p = 0; p < this.propagation.touched.length; p += 1) {
      const node = this.at(p);
      if (node) list.push(node);
    }
    return list.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  }

  /** Hops along cause pointers from the node at position p to a node without a cause (a failure). */
  distanceAt(p: number): number {
    const { touched, touchedCause, index } = this.propagation;
    this.distances ??= new Int32Array(touched.length).fill(-1);
    const distances = this.distances;
    // Iterative memo along cause pointers (acyclic by construction of propagate()).
    const path: number[] = [];
    let base = -1;
    for (let q = p; ; ) {
      if (distances[q] >= 0) {
        base = distances[q];
        break;
      }
      path.push(q);
      const e = touchedCause[q];
      if (e < 0) break;
      // Stored needs hold their target's number; a connectivity's element cause names the element.
      const to = e < index.edgeCount ? index.needTo[e] : (index.indexOf.get(index.edgeAt(e).to) ?? -1);
      const next = to < 0 ? -1 : this.propagation.positionOfIndex(to);
      if (next < 0) {
        // A cause that is UP starts the chain at hop 0, as a failure does.
        base = 0;
        break;
      }
      q = next;
    }
    for (let k = path.length - 1; k >= 0; k -= 1) distances[path[k]] = ++base;
    return distances[p];
  }

  private verdictOf(id: string): RedundancyVerdict | null {
    if (!this.verdicts.has(id)) this.verdicts.set(id, redundancyVerdict(this.graph, id, this.stateOf));
    return this.verdicts.get(id)!;
  }

  private chainOf(id: string): ChainStep[] {
    return chainTo(id, this.causeOf).map((link) => {
      const node = this.graph.nodes.get(link.id);
      return { id: link.id, kind: node?.kind ?? 'Component', name: node?.name ?? link.id, state: this.stateOf(link.id), via: link.via };
    });
  }
}
