import type { ImpactGraph } from '../impact/impactGraph';
import { requiredMembers } from '../impact/quorum';
import { stronglyConnected } from '../impact/stronglyConnected';
import { TOO_MANY_PATHS, connectivityPaths } from './connectivityPaths';

/** What can take a node DOWN, by the rules of propagate.ts with DEGRADED left out. */
export interface DownRule {
  /** Needs that pass DOWN on: every need but a SOFT DEPENDS_ON and the members. */
  hard: string[];
  /** Members (HAS_MEMBER, or a network's HAS_ELEMENT) and how many of them must be available. */
  members: string[];
  required: number;
  /** A connectivity's minimal path sets; null when it has none to check; TOO_MANY_PATHS past the budget. */
  paths: string[][] | null | typeof TOO_MANY_PATHS;
}

/**
 * Everything a target's DOWN state can read, transitively: the nodes in depth-first order from the
 * target, the components among them in that order (the decision diagram's variable order: nearby
 * components first keeps related variables close), each node's rule, and the strongly connected
 * parts (nodes that read each other, for the treatment of cycles).
 */
export interface TargetSupport {
  targetId: string;
  nodes: string[];
  components: string[];
  rules: Map<string, DownRule>;
  partOf: Map<string, number>;
  /** Nodes that lie on a cycle of reads. */
  cyclic: Set<string>;
}

export function targetSupport(graph: ImpactGraph, targetId: string, maxPaths: number): TargetSupport {
  const rules = new Map<string, DownRule>();
  const readsOf = (id: string): string[] => {
    let rule = rules.get(id);
    if (!rule) {
      rule = downRule(graph, id, maxPaths);
      rules.set(id, rule);
    }
    const reads = [...rule.hard, ...rule.members];
    if (Array.isArray(rule.paths)) for (const set of rule.paths) reads.push(...set);
    else if (rule.paths === TOO_MANY_PATHS) reads.push(...graph.compiledNeed(id)!.network.elements);
    return reads;
  };

  // Preorder depth-first walk, children in the order the graph keeps needs.
  const nodes: string[] = [];
  const position = new Map<string, number>();
  const stack = [targetId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (position.has(id) || !graph.nodes.has(id)) continue;
    position.set(id, nodes.length);
    nodes.push(id);
    const reads = readsOf(id);
    for (let k = reads.length - 1; k >= 0; k -= 1) if (!position.has(reads[k])) stack.push(reads[k]);
  }

  const start = new Int32Array(nodes.length + 1);
  const target: number[] = [];
  const selfRead = new Set<string>();
  nodes.forEach((id, i) => {
    for (const to of readsOf(id)) {
      const j = position.get(to);
      if (j === undefined) continue;
      target.push(j);
      if (j === i) selfRead.add(id);
    }
    start[i + 1] = target.length;
  });
  const { componentOf } = stronglyConnected({ start, target: Int32Array.from(target) });
  const partOf = new Map(nodes.map((id, i) => [id, componentOf[i]]));
  const sizes = new Map<number, number>();
  for (const p of componentOf) sizes.set(p, (sizes.get(p) ?? 0) + 1);
  const cyclic = new Set(nodes.filter((id) => sizes.get(partOf.get(id)!)! > 1 || selfRead.has(id)));
  const components = nodes.filter((id) => graph.nodes.get(id)!.kind === 'Component');
  return { targetId, nodes, components, rules, partOf, cyclic };
}

function downRule(graph: ImpactGraph, id: string, maxPaths: number): DownRule {
  const node = graph.nodes.get(id)!;
  const hard: string[] = [];
  const members: string[] = [];
  for (const edge of graph.needs(id)) {
    if (edge.type === 'HAS_MEMBER' || edge.type === 'HAS_ELEMENT') members.push(edge.to);
    else if (!(edge.type === 'DEPENDS_ON' && edge.strength === 'SOFT')) hard.push(edge.to);
  }
  // A network stays up while any element does; a group needs its quorum (as rules.ts says).
  const required = members.length === 0 ? 0 : node.kind === 'Network' ? 1 : requiredMembers(node, members.length);
  const paths = node.kind === 'Connectivity' ? connectivityPaths(graph, id, maxPaths) : null;
  return { hard, members, required, paths };
}

