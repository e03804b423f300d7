import { singleElementCuts } from '../network/singleElementCuts';
import { connectivityTolerance } from '../network/tolerance';
import { ImpactGraph } from './impactGraph';

interface Need {
  id: string;
  /** The best path with nothing failed: every cut has an element on it. */
  path: Set<string>;
  compiled: NonNullable<ReturnType<ImpactGraph['compiledNeed']>>;
  tolerance: number;
  singles: Set<string>;
}

/**
 * The connectivities upstream of a target, for the search for its cut sets. A mesh has thousands of
 * routers and links, and trying each by propagation costs a pass over the mesh each; most of them
 * are "pure": nothing else needs them (only their networks hold them, and every network of theirs
 * has three elements or more, so it cannot take a network down as a whole alone). A pure element
 * acts only through paths, so it takes the target down alone only if it cuts a connectivity alone,
 * and with one other only if the two (with what that other takes down) cut a connectivity, or the
 * other takes down every other element of its network. Both are
 * found on the mesh directly: single cuts lie on the best path, and of two that cut a connectivity
 * together one lies on any path, so for each element of the best path the single cuts of the rest
 * give its partners.
 */
export class MeshCuts {
  private readonly needs: Need[] = [];
  private readonly byId = new Map<string, Need>();
  private readonly elementCounts = new Map<string, number>();
  private readonly pure = new Map<string, boolean>();

  constructor(private readonly graph: ImpactGraph) {
    for (const node of graph.nodes.values()) {
      if (node.kind !== 'Connectivity') continue;
      const compiled = graph.compiledNeed(node.id);
      if (!compiled) continue;
      const tolerance = connectivityTolerance(compiled.network, compiled.need, () => 0).size;
      const path = new Set(compiled.network.bestPath(compiled.need, () => 0) ?? []);
      const need = { id: node.id, path, compiled, tolerance, singles: new Set(singleElementCuts(compiled.network, compiled.need)) };
      this.needs.push(need);
      this.byId.set(node.id, need);
    }
  }

  /** A routable connectivity's tolerance with nothing failed; undefined when it constrains nothing. */
  tolerance(connectivityId: string): number | undefined {
    return this.byId.get(connectivityId)?.tolerance;
  }

  /** Whether these elements down together cut the connectivity (decided on the mesh, no propagation). */
  cuts(connectivityId: string, down: Iterable<string>): boolean {
    const need = this.byId.get(connectivityId);
    if (!need) return true;
    const elements = [...down];
    // Every cut meets every path, the best one included: a cheap no for most pairs.
    if (!elements.some((id) => need.path.has(id))) return false;
    const { network } = need.compiled;
    const failed = new Set(elements.map((id) => network.elementIndex(id)).filter((e): e is number => e !== undefined));
    return network.evaluate(need.compiled.need, (e) => (failed.has(e) ? 2 : 0)) === 2;
  }

  private elementsOf(networkId: string): number {
    let count = this.elementCounts.get(networkId);
    if (count === undefined) {
      count = this.graph.needs(networkId).filter((x) => x.type === 'HAS_ELEMENT').length;
      this.elementCounts.set(networkId, count);
    }
    return count;
  }

  /** Only networks need it, each of three elements or more. */
  isPure(id: string): boolean {
    let pure = this.pure.get(id);
    if (pure === undefined) {
      const holders = this.graph.neededBy(id);
      pure = this.needs.length > 0 && holders.length > 0 && holders.every((e) => e.type === 'HAS_ELEMENT' && this.elementsOf(e.from) >= 3);
      this.pure.set(id, pure);
    }
    return pure;
  }

  /** Cuts some connectivity alone (with nothing else failed). */
  isSingleCut(id: string): boolean {
    return this.needs.some((need) => need.singles.has(id));
  }

  /**
   * Pairs that cut a connectivity of tolerance 1 or 2, at least one of them a pure element that
   * cuts nothing alone: with another such element, or with a candidate whose own failure takes
   * `downedBy` elements down (a power feed under several routers). Each pair still has to take the
   * target down, which the caller checks.
   */
  pairs(downedBy: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
    const pairs: string[][] = [];
    const pureAlone = (id: string) => this.isPure(id) && !this.isSingleCut(id);
    for (const { id, compiled, tolerance, singles } of this.needs) {
      if (tolerance > 2 || tolerance === 0) continue;
      const { network, need } = compiled;
      const index = (id: string) => network.elementIndex(id);
      // Two pure elements: one lies on the best path with nothing failed.
      for (const a of this.byId.get(id)!.path) {
        if (singles.has(a) || !pureAlone(a)) continue;
        for (const b of singleElementCuts(network, need, new Set([index(a)!]))) {
          if (b !== a && !singles.has(b) && pureAlone(b)) pairs.push([a, b].sort());
        }
      }
      // A candidate that takes elements down, with one pure element.
      for (const [candidate, downed] of downedBy) {
        const down = new Set([...downed].map(index).filter((e): e is number => e !== undefined));
        if (down.size === 0 || network.evaluate(need, (e) => (down.has(e) ? 2 : 0)) === 2) continue;
        for (const b of singleElementCuts(network, need, down)) {
          if (b !== candidate && pureAlone(b)) pairs.push([candidate, b].sort());
        }
      }
    }
    // A network as a whole goes DOWN when a candidate takes all its elements but one pure one down.
    for (const network of this.graph.nodes.values()) {
      if (network.kind !== 'Network') continue;
      const elements = this.graph.needs(network.id).filter((e) => e.type === 'HAS_ELEMENT').map((e) => e.to);
      for (const [candidate, downed] of downedBy) {
        const left = elements.filter((e) => !downed.has(e));
        if (left.length === 1 && left[0] !== candidate && pureAlone(left[0])) pairs.push([candidate, left[0]].sort());
      }
    }
    return pairs;
  }
}
