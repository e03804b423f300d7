import { NotFoundError, ValidationError } from '../domain/errors';
import { Closure, DependencyNodeKind, GraphDirection, isDependencyNodeKind } from '../domain/graph/closure';
import { DependencyGraph, buildDependencyGraph, checkGraphOptions } from '../domain/graph/dependencyGraph';
import { walkChainSide } from '../domain/graph/chainSide';
import { ChainDirection, ServiceChain, buildServiceChain, checkChainDepth, offeringsToDescribe } from '../domain/graph/serviceChain';
import { GraphStore } from '../store/graphStore';

export interface DependencyGraphQuestion {
  root: string;
  direction?: GraphDirection | null;
  depth?: number | null;
  collapseKinds?: readonly DependencyNodeKind[] | null;
  maxNodes?: number | null;
}

/**
 * Dependency graphs and value chains for front-ends: validate, fetch a bounded number of
 * statements (two for a graph, at most three for a chain), compute the answer in the domain.
 */
export class GraphService {
  constructor(private readonly store: GraphStore) {}

  async dependencyGraph(question: DependencyGraphQuestion): Promise<DependencyGraph> {
    const options = checkGraphOptions(question);
    // One layer past the cap, so the answer can tell whether the cap left anything out.
    const closure = await this.store.dependencyClosure(question.root, options.direction, options.depth + 1);
    checkSubject(closure, isDependencyNodeKind, 'A dependency graph starts at a component, redundancy group, service, service interface, offering or consumer group');
    return buildDependencyGraph(closure, options);
  }

  async serviceChain(id: string, direction: ChainDirection | null | undefined, maxDepth: number | null | undefined): Promise<ServiceChain> {
    const depth = checkChainDepth(maxDepth);
    const wanted = direction ?? 'BOTH';
    const directions: GraphDirection[] = wanted === 'BOTH' ? ['UPSTREAM', 'DOWNSTREAM'] : [wanted];
    const closures = await Promise.all(directions.map((d) => this.store.chainClosure(id, d)));
    const subject = checkSubject(closures[0], (kind) => kind === 'Service' || kind === 'ServiceOffering', 'A value chain starts at a service or an offering');
    const sides = closures.map((closure, i) => walkChainSide(closure, directions[i]));
    const { serviceIds, offeringIds } = offeringsToDescribe(sides);
    const offerings = await this.store.chainOfferings(serviceIds, offeringIds);
    return buildServiceChain(subject, sides, offerings, depth);
  }
}

function checkSubject(closure: Closure, allowed: (kind: string) => boolean, what: string) {
  const root = closure.nodes.get(closure.rootId);
  if (!root) throw new NotFoundError(`No entity has the id "${closure.rootId}"`, { ids: [closure.rootId] });
  if (!allowed(root.kind)) throw new ValidationError(`${what}; "${root.id}" is a ${root.kind}`, { ids: [root.id] });
  return root;
}
