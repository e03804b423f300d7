import { DependencyStrength } from '../entities';
import { ValidationError } from '../errors';
import { collapsedEdges } from './collapsedEdges';
import {
  Closure,
  DependencyNodeKind,
  GraphDirection,
  StoredEdge,
  WalkedEdgeType,
  compare,
  isDependencyNodeKind,
  stepsByNode,
} from './closure';
import { depthsFrom } from './depthsFrom';

/** The deepest graph one question may ask for; the store's walks are bounded by it (plus one layer). */
export const MAX_GRAPH_DEPTH = 50;
export const MAX_GRAPH_NODES = 20000;

export interface DependencyGraphOptions {
  direction: GraphDirection;
  depth: number;
  maxNodes: number;
  collapseKinds: readonly DependencyNodeKind[];
}

export interface DependencyNode {
  id: string;
  kind: DependencyNodeKind;
  name: string;
  depth: number;
}

export interface DependencyEdge {
  from: string;
  to: string;
  type: WalkedEdgeType | 'COLLAPSED';
  strength: DependencyStrength | null;
  via: string[];
}

export type GraphTruncation = 'depth' | 'maxNodes';

export interface DependencyGraph {
  root: DependencyNode;
  nodes: DependencyNode[];
  edges: DependencyEdge[];
  truncated: boolean;
  truncatedBy: GraphTruncation[];
}

/** Fills in defaults and rejects caps out of range (BAD_USER_INPUT). */
export function checkGraphOptions(input: {
  direction?: GraphDirection | null;
  depth?: number | null;
  maxNodes?: number | null;
  collapseKinds?: readonly DependencyNodeKind[] | null;
}): DependencyGraphOptions {
  const depth = input.depth ?? 6;
  const maxNodes = input.maxNodes ?? 2000;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_GRAPH_DEPTH) {
    throw new ValidationError(`depth must be between 1 and ${MAX_GRAPH_DEPTH}, got ${depth}`);
  }
  if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > MAX_GRAPH_NODES) {
    throw new ValidationError(`maxNodes must be between 1 and ${MAX_GRAPH_NODES}, got ${maxNodes}`);
  }
  return { direction: input.direction ?? 'UPSTREAM', depth, maxNodes, collapseKinds: [...new Set(input.collapseKinds ?? [])] };
}

/**
 * The dependency graph around the closure's root: depths by breadth-first walk, then the depth cap,
 * then collapsing (over the nodes within depth), then the size cap (furthest first, ties by id;
 * what is kept stays connected to the root, since each node keeps a nearer neighbour). Nodes of
 * kinds outside DependencyNodeKind are not walked through; nodes the closure lacks lie beyond it
 * and count as beyond the depth cap. The root must be in the closure with a DependencyNodeKind.
 */
export function buildDependencyGraph(closure: Closure, options: DependencyGraphOptions): DependencyGraph {
  const kindOf = new Map<string, DependencyNodeKind>();
  for (const node of closure.nodes.values()) if (isDependencyNodeKind(node.kind)) kindOf.set(node.id, node.kind);
  if (!kindOf.has(closure.rootId)) throw new Error(`the root ${closure.rootId} is not a node of the closure`);
  // Edges touching a node of another kind are dropped; edges to nodes not fetched stay, to tell truncation.
  const edges = closure.edges.filter(
    (e) => (kindOf.has(e.from) || !closure.nodes.has(e.from)) && (kindOf.has(e.to) || !closure.nodes.has(e.to)),
  );

  const { depths, beyond } = depthsFrom(closure.rootId, stepsByNode(edges, options.direction), (id) => kindOf.has(id));
  const truncatedBy: GraphTruncation[] = [];
  const within = new Set([...depths].filter(([, depth]) => depth <= options.depth).map(([id]) => id));
  if (beyond.size > 0 || within.size < depths.size) truncatedBy.push('depth');

  const collapse = new Set(options.collapseKinds);
  const leftOut = new Set([...within].filter((id) => id !== closure.rootId && collapse.has(kindOf.get(id)!)));
  const shown = [...within]
    .filter((id) => !leftOut.has(id))
    .sort((a, b) => depths.get(a)! - depths.get(b)! || compare(a, b));
  if (shown.length > options.maxNodes) truncatedBy.push('maxNodes');
  const kept = new Set(shown.slice(0, options.maxNodes));

  const stored: DependencyEdge[] = edges
    .filter((e) => kept.has(e.from) && kept.has(e.to))
    .map((e) => ({ from: e.from, to: e.to, type: e.type, strength: strengthOf(e), via: [] }));
  const collapsed: DependencyEdge[] = collapsedEdges(edges, new Set(shown), leftOut)
    .filter((e) => kept.has(e.from) && kept.has(e.to))
    .map((e) => ({ ...e, type: 'COLLAPSED' }));

  const nodeOf = (id: string): DependencyNode => ({
    id,
    kind: kindOf.get(id)!,
    name: closure.nodes.get(id)!.name,
    depth: depths.get(id)!,
  });
  const nodes = shown.slice(0, options.maxNodes).map(nodeOf);
  return {
    root: nodes[0],
    nodes,
    edges: [...stored, ...collapsed].sort(
      (a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.type, b.type) || compare(a.via.join(), b.via.join()),
    ),
    truncated: truncatedBy.length > 0,
    truncatedBy,
  };
}

function strengthOf(edge: StoredEdge): DependencyStrength | null {
  if (edge.type !== 'DEPENDS_ON') return null;
  return edge.strength === 'SOFT' ? 'SOFT' : 'HARD';
}
