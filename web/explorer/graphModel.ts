/**
 * The picture as data: GraphQL answers (dependency graphs, impacts, value chains) become nodes and
 * edges with a kind, a state and labels, ready for any renderer. Edges point the way impact travels,
 * from what is needed to what needs it (DEPENDS_ON and its kin are stored the other way round).
 * Pure: no DOM, no cytoscape.
 */
import { groupLabel, formatPeople, requiredMembers } from './format';

export type State = 'UP' | 'DEGRADED' | 'DOWN';

/** Why a node is drawn highlighted. */
export type Mark = 'spof' | 'zero-margin' | 'exposed' | 'cut' | 'path' | 'chain' | 'recovery';

export interface ViewNode {
  id: string;
  /** The entity's label: Component, RedundancyGroup, Service, ..., or Organization in a value chain. */
  kind: string;
  name: string;
  /** Null while no impact is shown. */
  state: State | null;
  /** A redundancy group: members, how many are available (not DOWN), how many it needs. */
  group?: { members: number; available: number; required: number };
  /** A consumer group: its size in people. */
  people?: number;
  /** Named as failed in the what-if or recorded as not UP. */
  failed?: boolean;
  /** Up only because a cycle holds it up (would not come back after a cold start). */
  cyclic?: boolean;
  /** The entity opened. */
  root?: boolean;
  marks: Mark[];
}

export interface ViewEdge {
  /** What is needed (or the provider, in a value chain). */
  source: string;
  /** What needs it. */
  target: string;
  type: string;
  soft: boolean;
  label?: string;
}

export interface ViewGraph {
  nodes: Map<string, ViewNode>;
  edges: Map<string, ViewEdge>;
}

export function emptyGraph(): ViewGraph {
  return { nodes: new Map(), edges: new Map() };
}

function edgeKey(e: ViewEdge): string {
  return `${e.source}|${e.type}|${e.target}`;
}

function addNode(graph: ViewGraph, node: Omit<ViewNode, 'marks'> & { marks?: Mark[] }): ViewNode {
  const existing = graph.nodes.get(node.id);
  if (existing) {
    for (const [key, value] of Object.entries(node)) if (value !== undefined && key !== 'marks') (existing as unknown as Record<string, unknown>)[key] = value;
    return existing;
  }
  const created: ViewNode = { ...node, marks: node.marks ?? [] };
  graph.nodes.set(node.id, created);
  return created;
}

function addEdge(graph: ViewGraph, edge: ViewEdge): void {
  if (edge.source === edge.target) return;
  const key = edgeKey(edge);
  if (!graph.edges.has(key)) graph.edges.set(key, edge);
}

/**
 * Which way impact travels along a stored relationship: against DEPENDS_ON, HAS_MEMBER,
 * INTERFACE_OF, INCLUDES, THROUGH, HAS_ELEMENT (and COLLAPSED routes of them), along TARGETS.
 */
export function impactDirection(type: string, from: string, to: string): { source: string; target: string } {
  return type === 'TARGETS' ? { source: from, target: to } : { source: to, target: from };
}

// ---------------------------------------------------------------------------------------------
// Dependency graphs

export interface DependencyGraphAnswer {
  nodes: readonly {
    id: string;
    kind: string;
    name: string;
    node?: { size?: number } | null;
  }[];
  edges: readonly { from: string; to: string; type: string; strength?: string | null; via?: readonly string[] }[];
}

/** Adds a dependencyGraph answer: its nodes, and its edges turned the way impact travels. */
export function addDependencyGraph(graph: ViewGraph, answer: DependencyGraphAnswer): ViewGraph {
  for (const n of answer.nodes) addNode(graph, { id: n.id, kind: n.kind, name: n.name, state: null, people: n.node?.size });
  for (const e of answer.edges) {
    const { source, target } = impactDirection(e.type, e.from, e.to);
    addEdge(graph, {
      source,
      target,
      type: e.type,
      soft: e.strength === 'SOFT',
      label: e.type === 'COLLAPSED' && e.via?.length ? `via ${e.via.length}` : undefined,
    });
  }
  return graph;
}

export interface GroupAnswer {
  id: string;
  minUp: number | null;
  minUpPercent: number | null;
  members: readonly { id: string }[];
}

/** Gives the redundancy groups drawn their members and quorum, all members counted available. */
export function applyGroups(graph: ViewGraph, groups: readonly GroupAnswer[]): ViewGraph {
  for (const g of groups) {
    const node = graph.nodes.get(g.id);
    const members = g.members.length;
    if (node) node.group = { members, available: members, required: requiredMembers(g.minUp, g.minUpPercent, members) };
  }
  return graph;
}

// ---------------------------------------------------------------------------------------------
// Impacts

export interface StepAnswer {
  id: string;
  kind: string;
  name: string;
  state: string;
  via?: string | null;
}

export interface VerdictAnswer {
  group: { id: string; name: string };
  members: number;
  available: number;
  required: number;
  state: string;
  summary?: string;
}

export interface ImpactAnswer {
  failures: readonly { id: string; kind: string; name: string; state: string }[];
  nodes: { nodes: readonly { id: string; kind: string; name: string; state: string; chain: readonly StepAnswer[]; verdict?: VerdictAnswer | null }[] };
  consumerGroups: readonly {
    consumerGroup: { id: string; name: string; size: number; organization?: { id: string; name: string } | null };
    state: string;
    people: number;
    chain: readonly StepAnswer[];
  }[];
  redundancyVerdicts: readonly VerdictAnswer[];
  cyclicSupport: readonly { cycle: readonly { id: string }[]; nodes: readonly { id: string }[] }[];
}

/** Adds a causal chain (failed node first): its steps and the edges between them. */
export function addChain(graph: ViewGraph, chain: readonly StepAnswer[]): ViewGraph {
  chain.forEach((step, i) => {
    addNode(graph, { id: step.id, kind: step.kind, name: step.name, state: step.state as State });
    if (i > 0) addEdge(graph, { source: chain[i - 1].id, target: step.id, type: step.via ?? 'DEPENDS_ON', soft: false });
  });
  return graph;
}

/** Adds what an impact reaches: every node not UP with its chain, and the consumer groups hit. */
export function addImpact(graph: ViewGraph, impact: ImpactAnswer): ViewGraph {
  for (const n of impact.nodes.nodes) addChain(graph, n.chain);
  for (const g of impact.consumerGroups) addChain(graph, g.chain);
  return applyImpact(graph, impact);
}

/**
 * Colours every node by the impact: the state the answer gives, UP for the rest; redundancy groups
 * with their verdict; consumer groups with their people; cyclic support marked.
 */
export function applyImpact(graph: ViewGraph, impact: ImpactAnswer): ViewGraph {
  const states = new Map<string, State>();
  for (const n of impact.nodes.nodes) states.set(n.id, n.state as State);
  for (const g of impact.consumerGroups) states.set(g.consumerGroup.id, g.state as State);
  for (const f of impact.failures) states.set(f.id, f.state as State);
  const verdicts = new Map<string, VerdictAnswer>();
  for (const v of impact.redundancyVerdicts) verdicts.set(v.group.id, v);
  for (const n of impact.nodes.nodes) if (n.verdict) verdicts.set(n.id, n.verdict);
  const failed = new Set(impact.failures.map((f) => f.id));
  const cyclic = new Set(impact.cyclicSupport.flatMap((c) => c.nodes.map((n) => n.id)));
  for (const node of graph.nodes.values()) {
    node.state = states.get(node.id) ?? 'UP';
    node.failed = failed.has(node.id) || undefined;
    node.cyclic = cyclic.has(node.id) || undefined;
    const verdict = verdicts.get(node.id);
    if (verdict) node.group = { members: verdict.members, available: verdict.available, required: verdict.required };
    else if (node.group) node.group = { ...node.group, available: node.group.members };
  }
  for (const g of impact.consumerGroups) {
    const node = graph.nodes.get(g.consumerGroup.id);
    if (node) node.people = g.consumerGroup.size;
  }
  return graph;
}

/** Marks nodes (those drawn) for a highlight; returns how many were in the picture. */
export function markNodes(graph: ViewGraph, ids: Iterable<string>, mark: Mark): number {
  let found = 0;
  for (const id of ids) {
    const node = graph.nodes.get(id);
    if (node && !node.marks.includes(mark)) {
      node.marks.push(mark);
      found++;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Value chains

export interface ChainLinkAnswer {
  direction: string;
  provider: { id: string; name: string };
  consumer?: { id: string; name: string } | null;
  consumerGroup?: { id: string; name: string; size: number } | null;
  service?: { id: string; name: string } | null;
  offering?: { id: string; name: string } | null;
  strength: string;
  hops: number;
}

/** Organisations and consumer groups as nodes, each link an edge from provider to consumer. */
export function addServiceChain(graph: ViewGraph, links: readonly ChainLinkAnswer[]): ViewGraph {
  for (const link of links) {
    addNode(graph, { id: link.provider.id, kind: 'Organization', name: link.provider.name, state: null });
    const consumer = link.consumer ?? link.consumerGroup;
    if (!consumer) continue;
    addNode(graph, {
      id: consumer.id,
      kind: link.consumer ? 'Organization' : 'ConsumerGroup',
      name: consumer.name,
      state: null,
      people: link.consumerGroup?.size,
    });
    addEdge(graph, {
      source: link.provider.id,
      target: consumer.id,
      type: 'PROVIDES',
      soft: link.strength === 'SOFT',
      label: link.service?.name ?? link.offering?.name,
    });
  }
  return graph;
}

// ---------------------------------------------------------------------------------------------
// Drawing

export const STATE_COLOURS: Record<State | 'NONE', { fill: string; border: string; text: string }> = {
  DOWN: { fill: '#d7263d', border: '#8c0f1f', text: '#ffffff' },
  DEGRADED: { fill: '#f4a300', border: '#9a6700', text: '#1b1b1b' },
  UP: { fill: '#2e9e5b', border: '#1d6b3c', text: '#ffffff' },
  NONE: { fill: '#dfe7f2', border: '#5a6b82', text: '#14213d' },
};

/** Short names of the kinds, shown under each node's name. */
export const KIND_LABELS: Record<string, string> = {
  Component: 'component',
  RedundancyGroup: 'redundancy group',
  Service: 'service',
  ServiceInterface: 'interface',
  ServiceOffering: 'offering',
  ConsumerGroup: 'consumer group',
  Network: 'network',
  Connectivity: 'connectivity',
  Organization: 'organisation',
};

const MAX_LINE = 30;

function clip(text: string): string {
  return text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1)}…` : text;
}

/** The lines drawn on a node: its name, then its kind, its group verdict or its people. */
export function nodeLines(node: ViewNode): string[] {
  const lines = [clip(node.name)];
  if (node.group) lines.push(groupLabel(node.group.available, node.group.members, node.group.required));
  else if (node.people !== undefined) lines.push(`${formatPeople(node.people)} people`);
  else lines.push(KIND_LABELS[node.kind] ?? node.kind);
  if (node.cyclic) lines.push('held up by a cycle');
  return lines;
}

/** Width and height that fit the label (a 14 px sans-serif averages about 7.4 px a character). */
export function nodeSize(lines: string[], kind = ''): { width: number; height: number } {
  const longest = Math.max(...lines.map((l) => l.length));
  const width = Math.max(90, Math.round(longest * 7.4 + 24));
  // Ellipses and tags lose their corners to the shape: give the text room.
  const room = kind === 'ConsumerGroup' ? 1.3 : kind === 'ServiceInterface' || kind === 'Connectivity' ? 1.15 : 1;
  return { width: Math.round(width * room), height: 18 * lines.length + 16 };
}

/** Element definitions in cytoscape's JSON shape, with positions; classes carry kind, state and marks. */
export function toElements(graph: ViewGraph, positions: Map<string, { x: number; y: number }>): { nodes: unknown[]; edges: unknown[] } {
  const nodes = [...graph.nodes.values()].map((node) => {
    const lines = nodeLines(node);
    const size = nodeSize(lines, node.kind);
    const colours = STATE_COLOURS[node.state ?? 'NONE'];
    const classes = [`kind-${node.kind}`, `state-${node.state ?? 'NONE'}`, ...node.marks.map((m) => `mark-${m}`)];
    if (node.failed) classes.push('failed');
    if (node.cyclic) classes.push('cyclic');
    if (node.root) classes.push('root');
    return {
      group: 'nodes',
      data: { id: node.id, label: lines.join('\n'), fill: colours.fill, border: colours.border, text: colours.text, ...size },
      position: positions.get(node.id) ?? { x: 0, y: 0 },
      classes: classes.join(' '),
    };
  });
  const edges = [...graph.edges.values()]
    .filter((e) => graph.nodes.has(e.source) && graph.nodes.has(e.target))
    .map((e) => ({
      group: 'edges',
      data: { id: edgeKey(e), source: e.source, target: e.target, label: e.label ?? '' },
      classes: [`type-${e.type}`, e.soft ? 'soft' : 'hard'].join(' '),
    }));
  return { nodes, edges };
}
