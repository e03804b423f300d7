import type { ImpactEdge, ImpactGraph } from './impactGraph';
// A value import back into impactGraph (which imports this module through impactIndex): read only
// inside functions, by which time impactGraph has loaded.
import { IMPACT_KINDS } from './impactGraph';
import { mapEntry } from '../mapEntry';
import { requiredMembers } from './quorum';

// Import these from here, not through a re-export: compiled to CommonJS a re-export is a getter,
// called on every read in propagation's innermost loop (4x slower at 100k, measured).
export const EDGE_TYPES = ['DEPENDS_ON', 'HAS_MEMBER', 'INTERFACE_OF', 'INCLUDES', 'HAS_ELEMENT', 'THROUGH'] as const;
export const HAS_MEMBER = 1;
export const HAS_ELEMENT = 4;
export const THROUGH = 5;
/** byType: the edge type in the low bits, SOFT_BIT set for a SOFT edge. */
export const SOFT_BIT = 8;
export const TYPE_MASK = 7;
/** kindCodes: a node's kind as its place in IMPACT_KINDS; this for edge ends outside the graph. */
export const NO_KIND = 7;

/**
 * The integer arrays behind an ImpactIndex. Each node's three lists (its needs, its dependants, the
 * groups and networks it belongs to) are ranges [start, end) of shared slot arrays; the slot arrays
 * only ever grow, so an index laid out earlier still reads its own ranges after a later one has
 * moved some lists to fresh slots (see layOutChanges).
 */
export interface IndexLayout {
  /** Number of nodes covered. */
  size: number;
  /**
   * Kind of each node as a code (IMPACT_KINDS order, NO_KIND for none): bytes outside the JS heap, so
   * the copy each layout makes costs no collection of a large array (1 MB per write at 100k).
   */
  kindCodes: Uint8Array;
  needStart: Int32Array;
  needEnd: Int32Array;
  needTo: Int32Array;
  needType: Uint8Array;
  needSoft: Uint8Array;
  needEdge: ImpactEdge[];
  /** Need slots in use (live or abandoned): edge numbers below it are stored needs. */
  edgeCount: number;
  byStart: Int32Array;
  byEnd: Int32Array;
  byFrom: Int32Array;
  byEdge: Int32Array;
  byType: Uint8Array;
  bySlots: number;
  groupStart: Int32Array;
  groupEnd: Int32Array;
  groupOf: Int32Array;
  groupIsNetwork: Uint8Array;
  groupSlots: number;
  members: Int32Array;
  required: Int32Array;
  /** Live needs (each also has one dependant slot). */
  liveEdges: number;
  /** Need and dependant slots abandoned by lists moved since the last full layout. */
  abandoned: number;
}

/** Ids by number and numbers by id, shared by successive layouts and only appended to. */
export interface Numbering {
  ids: string[];
  indexOf: Map<string, number>;
}

function number(numbering: Numbering, id: string): number {
  let i = numbering.indexOf.get(id);
  if (i === undefined) {
    i = numbering.ids.length;
    numbering.ids.push(id);
    numbering.indexOf.set(id, i);
  }
  return i;
}

/** Room to move a few lists before the slot arrays must grow. */
function withSlack(count: number): number {
  return count + (count >> 3) + 64;
}

/**
 * Every node read from the graph. Nodes keep the numbers they have (an index laid out again from
 * scratch after many moved lists numbers as its predecessor did, so answers list in the same order);
 * new nodes and edge ends outside the graph are numbered after them.
 */
export function layOutAll(graph: ImpactGraph, numbering: Numbering): IndexLayout {
  for (const id of graph.nodes.keys()) number(numbering, id);
  // Edge ends outside the graph get a number too: they are UP unless failed.
  for (const edge of graph.allEdges()) {
    number(numbering, edge.from);
    number(numbering, edge.to);
  }
  const n = numbering.ids.length;
  let m = 0;
  for (let i = 0; i < n; i += 1) m += graph.needs(numbering.ids[i]).length;
  const layout = emptyLayout(n, m);
  for (let i = 0; i < n; i += 1) writeNeeds(layout, graph, numbering, i);
  layout.liveEdges = m;

  // Dependants in the order of the node that needs, then of its needs: propagation's order.
  const inDegree = new Int32Array(n);
  const groupDegree = new Int32Array(n);
  for (let e = 0; e < m; e += 1) {
    inDegree[layout.needTo[e]] += 1;
    if (isMembership(layout.needType[e])) groupDegree[layout.needTo[e]] += 1;
  }
  layout.bySlots = startsFrom(inDegree, layout.byStart, layout.byEnd);
  layout.groupSlots = startsFrom(groupDegree, layout.groupStart, layout.groupEnd);
  if (layout.groupOf.length < layout.groupSlots) {
    layout.groupOf = new Int32Array(withSlack(layout.groupSlots));
    layout.groupIsNetwork = new Uint8Array(layout.groupOf.length);
  }
  // The end arrays serve as cursors while filling, and end where the lists end.
  for (let from = 0; from < n; from += 1) {
    for (let e = layout.needStart[from]; e < layout.needEnd[from]; e += 1) {
      const to = layout.needTo[e];
      const k = layout.byEnd[to]++;
      layout.byFrom[k] = from;
      layout.byEdge[k] = e;
      layout.byType[k] = typeCode(layout, e);
      if (isMembership(layout.needType[e])) {
        const g = layout.groupEnd[to]++;
        layout.groupOf[g] = from;
        layout.groupIsNetwork[g] = layout.needType[e] === HAS_ELEMENT ? 1 : 0;
      }
    }
  }
  return layout;
}

/**
 * The layout after a write: only the `dirty` nodes (whose needs, kind or quorum changed) and new
 * ones are read from the graph. Their needs go to fresh slots, and so do the dependant and group
 * lists of every node those needs pointed at before or point at now, merged in the order a full
 * layout gives them (by the number of the node that needs, then by edge number, which follows its
 * needs' order). Everything else is the previous layout's, shared: a write costs work in proportion
 * to the lists it touches plus copying a few per-node arrays, instead of laying out every edge of
 * the estate again (27-35 ms at 100k components, seconds at 1M). Null when more slots lie abandoned
 * than are live: then a full layout is due.
 */
export function layOutChanges(graph: ImpactGraph, numbering: Numbering, old: IndexLayout, dirty: ReadonlySet<string>): IndexLayout | null {
  for (const id of dirty) {
    if (!graph.nodes.has(id) && !numbering.indexOf.has(id) && graph.needs(id).length === 0) continue;
    number(numbering, id);
    for (const edge of graph.needs(id)) number(numbering, edge.to);
  }
  const n = numbering.ids.length;
  const fresh: number[] = [];
  for (const id of dirty) {
    const i = numbering.indexOf.get(id);
    if (i !== undefined && i < old.size) fresh.push(i);
  }
  for (let i = old.size; i < n; i += 1) fresh.push(i);
  fresh.sort((a, b) => a - b);

  let added = 0;
  for (const i of fresh) added += graph.needs(numbering.ids[i]).length;
  const layout: IndexLayout = {
    ...old,
    size: n,
    kindCodes: grownBytes(old.kindCodes, n),
    needStart: extended(old.needStart, old.size, n),
    needEnd: extended(old.needEnd, old.size, n),
    needTo: room(old.needTo, old.edgeCount, old.edgeCount + added),
    needType: room(old.needType, old.edgeCount, old.edgeCount + added),
    needSoft: room(old.needSoft, old.edgeCount, old.edgeCount + added),
    byStart: extended(old.byStart, old.size, n),
    byEnd: extended(old.byEnd, old.size, n),
    groupStart: extended(old.groupStart, old.size, n),
    groupEnd: extended(old.groupEnd, old.size, n),
    members: extended(old.members, old.size, n),
    required: extended(old.required, old.size, n),
  };

  const isFresh = new Uint8Array(n);
  // The dependant lists to lay out again, each with the new needs pointing at it: pairs of the
  // node that needs and the edge number, ascending (fresh nodes are written in ascending order).
  const touched = new Map<number, number[]>();
  const touch = (to: number): number[] => mapEntry(touched, to, () => []);
  for (const i of fresh) {
    isFresh[i] = 1;
    if (i < old.size) {
      for (let e = old.needStart[i]; e < old.needEnd[i]; e += 1) touch(old.needTo[e]);
      layout.liveEdges -= old.needEnd[i] - old.needStart[i];
      layout.abandoned += old.needEnd[i] - old.needStart[i];
    }
    writeNeeds(layout, graph, numbering, i);
    for (let e = layout.needStart[i]; e < layout.needEnd[i]; e += 1) touch(layout.needTo[e]).push(i, e);
  }
  layout.liveEdges += added;

  let moved = 0;
  for (const [to, pairs] of touched) moved += (to < old.size ? old.byEnd[to] - old.byStart[to] : 0) + pairs.length / 2;
  layout.byFrom = room(old.byFrom, old.bySlots, old.bySlots + moved);
  layout.byEdge = room(old.byEdge, old.bySlots, old.bySlots + moved);
  layout.byType = room(old.byType, old.bySlots, old.bySlots + moved);
  layout.groupOf = room(old.groupOf, old.groupSlots, old.groupSlots + moved);
  layout.groupIsNetwork = room(old.groupIsNetwork, old.groupSlots, old.groupSlots + moved);
  for (const [to, pairs] of touched) moveDependants(layout, old, to, pairs, isFresh);
  // Abandoned slots are kept for older indices (answers being built may read them); once they
  // outnumber the live ones, a full layout reclaims them.
  return layout.abandoned > layout.liveEdges + 64 ? null : layout;
}

/**
 * Node `to`'s dependants (and groups) in fresh slots: the old entries whose node kept its needs,
 * merged with the new needs pointing at it (`pairs`: node, edge), by node number as a full layout
 * orders them. A fresh node's old entries are all dropped and its new ones all added, so the two
 * sides never hold the same node.
 */
function moveDependants(layout: IndexLayout, old: IndexLayout, to: number, pairs: number[], isFresh: Uint8Array): void {
  const byStart = layout.bySlots;
  const groupStart = layout.groupSlots;
  const end = to < old.size ? old.byEnd[to] : 0;
  let k = to < old.size ? old.byStart[to] : 0;
  layout.abandoned += end - k;
  let p = 0;
  const put = (from: number, e: number, type: number): void => {
    const slot = layout.bySlots++;
    layout.byFrom[slot] = from;
    layout.byEdge[slot] = e;
    layout.byType[slot] = type;
    if (isMembership(type & TYPE_MASK)) {
      const g = layout.groupSlots++;
      layout.groupOf[g] = from;
      layout.groupIsNetwork[g] = (type & TYPE_MASK) === HAS_ELEMENT ? 1 : 0;
    }
  };
  for (;;) {
    while (k < end && isFresh[old.byFrom[k]] === 1) k += 1;
    const kept = k < end ? old.byFrom[k] : -1;
    const added = p < pairs.length ? pairs[p] : -1;
    if (kept < 0 && added < 0) break;
    if (added < 0 || (kept >= 0 && kept < added)) {
      put(kept, old.byEdge[k], old.byType[k]);
      k += 1;
    } else {
      put(added, pairs[p + 1], typeCode(layout, pairs[p + 1]));
      p += 2;
    }
  }
  layout.byStart[to] = byStart;
  layout.byEnd[to] = layout.bySlots;
  layout.groupStart[to] = groupStart;
  layout.groupEnd[to] = layout.groupSlots;
}

/** Appends node i's needs as the graph has them, with its member count, quorum and kind. */
function writeNeeds(layout: IndexLayout, graph: ImpactGraph, numbering: Numbering, i: number): void {
  const id = numbering.ids[i];
  const needs = graph.needs(id);
  let e = layout.edgeCount;
  layout.needStart[i] = e;
  layout.members[i] = 0;
  layout.required[i] = 0;
  // Edges keep the order of graph.needs(), so causes and chains match the string-keyed walk.
  for (const edge of needs) {
    layout.needTo[e] = numbering.indexOf.get(edge.to)!;
    layout.needType[e] = EDGE_TYPES.indexOf(edge.type);
    layout.needSoft[e] = edge.strength === 'SOFT' ? 1 : 0;
    layout.needEdge[e] = edge;
    if (isMembership(layout.needType[e])) layout.members[i] += 1;
    e += 1;
  }
  layout.needEnd[i] = e;
  layout.edgeCount = e;
  const node = graph.nodes.get(id);
  layout.kindCodes[i] = node ? IMPACT_KINDS.indexOf(node.kind) : NO_KIND;
  if (layout.members[i] > 0 && node) layout.required[i] = node.kind === 'Network' ? 1 : requiredMembers(node, layout.members[i]);
}

function emptyLayout(n: number, m: number): IndexLayout {
  const slots = withSlack(m);
  // Room for nodes that writes add, so that layouts after them change these arrays in place.
  const nodeRoom = withSlack(n);
  return {
    size: n,
    kindCodes: new Uint8Array(n).fill(NO_KIND),
    needStart: new Int32Array(nodeRoom),
    needEnd: new Int32Array(nodeRoom),
    needTo: new Int32Array(slots),
    needType: new Uint8Array(slots),
    needSoft: new Uint8Array(slots),
    needEdge: [],
    edgeCount: 0,
    byStart: new Int32Array(nodeRoom),
    byEnd: new Int32Array(nodeRoom),
    byFrom: new Int32Array(slots),
    byEdge: new Int32Array(slots),
    byType: new Uint8Array(slots),
    bySlots: 0,
    groupStart: new Int32Array(nodeRoom),
    groupEnd: new Int32Array(nodeRoom),
    groupOf: new Int32Array(64),
    groupIsNetwork: new Uint8Array(64),
    groupSlots: 0,
    members: new Int32Array(nodeRoom),
    required: new Int32Array(nodeRoom),
    liveEdges: 0,
    abandoned: 0,
  };
}

/** Lists laid out one after another by their lengths: sets start and end (= start) for each; returns the total. */
function startsFrom(counts: Int32Array, start: Int32Array, end: Int32Array): number {
  let total = 0;
  for (let i = 0; i < counts.length; i += 1) {
    start[i] = total;
    end[i] = total;
    total += counts[i];
  }
  return total;
}

function isMembership(type: number): boolean {
  return type === HAS_MEMBER || type === HAS_ELEMENT;
}

function typeCode(layout: IndexLayout, e: number): number {
  return layout.needType[e] | (layout.needSoft[e] === 1 ? SOFT_BIT : 0);
}

/**
 * A per-node array for n nodes: the same array, changed in place by the new layout, while it has
 * room (entries of new nodes cleared), else a larger copy. Copying every per-node array on every
 * write cost 47 MB at 1M components and, through the collections that much memory sets off, seconds
 * per write; an older index's per-node arrays are therefore not its own (see ImpactIndex).
 */
function extended(array: Int32Array, size: number, n: number): Int32Array {
  if (array.length >= n) {
    array.fill(0, size, n);
    return array;
  }
  const out = new Int32Array(withSlack(n));
  out.set(array.subarray(0, size));
  return out;
}

/** The kind codes for n nodes: a copy, new nodes without a kind until written. */
function grownBytes(codes: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(n).fill(NO_KIND);
  out.set(codes.subarray(0, Math.min(n, codes.length)));
  return out;
}

/**
 * Slot storage with room for `needed` slots: the same array when it has room (slots past `used`
 * belong to no earlier layout), or a larger copy of its used part.
 */
function room<T extends Int32Array | Uint8Array>(array: T, used: number, needed: number): T {
  if (array.length >= needed) return array;
  const out = new (array.constructor as new (length: number) => T)(Math.max(withSlack(needed), Math.floor(array.length * 1.5)));
  out.set(array.subarray(0, used));
  return out;
}
