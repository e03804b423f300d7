/**
 * The fault tree that Cascade's impact rules imply for "target DOWN", as Open-PSA MEF XML for SCRAM
 * (bench/scramCase.ts). Built from the world's nodes and relationships directly, not from the
 * engine's structures, so that SCRAM's minimal cut sets are an independent check of
 * `singlePointsOfFailure` (only the quorum arithmetic, `requiredMembers`, is shared).
 *
 * Only DOWN matters (DEGRADED never makes anything DOWN), so the rules of propagate.ts become:
 * - a Component is DOWN when it fails itself: one basic event per component (not for the target,
 *   whose own failure Cascade does not count), OR'ed with what its needs impose;
 * - HARD needs (DEPENDS_ON without strength SOFT, INTERFACE_OF, INCLUDES, THROUGH) pass DOWN on: OR;
 *   a SOFT need never does, so it is left out;
 * - a redundancy group of n members (HAS_MEMBER) that needs r is DOWN when at least n - r + 1 members
 *   are: ATLEAST (never, when r is 0);
 * - a network is DOWN when all its elements (HAS_ELEMENT) are: AND;
 * - a connectivity is DOWN when every path from an attachment point to a destination holds a DOWN
 *   element (nodes and links, directed links one way): AND over its minimal path sets of OR over
 *   their elements. One with no such path even with all UP constrains nothing (as compiledNeed says).
 *
 * Cycles: propagate computes the least fixpoint, in which a node is DOWN only through a derivation
 * that does not rest on itself. So the expansion is exact when a need that is already on the path
 * being expanded counts as not DOWN (FALSE). Only nodes of the same strongly connected part can be on
 * that path, so nodes in a cycle get one gate per set of their part's nodes above them; every other
 * node gets one gate. SCRAM refuses cyclic trees; this one is acyclic by construction.
 */
import { IMPACT_EDGE_TYPES, isImpactKind } from '../src/domain/impact/impactGraph';
import { requiredMembers } from '../src/domain/impact/quorum';
import type { World } from '../src/domain/world';

const HARD_TYPES = new Set(['DEPENDS_ON', 'INTERFACE_OF', 'INCLUDES', 'THROUGH']);
const EDGE_TYPES = new Set<string>(IMPACT_EDGE_TYPES);
/** Beyond this many paths of one connectivity, or gates in one tree, the tree is not built. */
const MAX_PATHS = 100_000;
const MAX_GATES = 2_000_000;

interface Need {
  to: string;
  type: string;
  soft: boolean;
}

interface ModelNode {
  id: string;
  kind: string;
  minUp: number | null;
  minUpPercent: number | null;
  directed: boolean;
}

/** A world's impact nodes, needs and network ends, indexed once for many fault trees. */
export class FaultModel {
  readonly nodes = new Map<string, ModelNode>();
  private readonly needsOf = new Map<string, Need[]>();
  private readonly endsOf = new Map<string, { type: string; to: string }[]>();
  private readonly paths = new Map<string, string[][] | null>();

  constructor(world: World) {
    for (const n of world.nodes) {
      if (!isImpactKind(n.label)) continue;
      const { minUp, minUpPercent, directed } = n.properties;
      this.nodes.set(n.id, {
        id: n.id,
        kind: n.label,
        minUp: typeof minUp === 'number' ? minUp : null,
        minUpPercent: typeof minUpPercent === 'number' ? minUpPercent : null,
        directed: directed === true,
      });
    }
    for (const r of world.relationships) {
      if (EDGE_TYPES.has(r.type)) {
        // Needs of something that is not an impact node, or on one, carry no state.
        if (!this.nodes.has(r.from) || !this.nodes.has(r.to)) continue;
        const list = this.needsOf.get(r.from) ?? [];
        if (list.some((e) => e.type === r.type && e.to === r.to)) continue;
        list.push({ to: r.to, type: r.type, soft: r.properties?.strength === 'SOFT' });
        this.needsOf.set(r.from, list);
      } else if (['CONNECTS_FROM', 'CONNECTS_TO', 'ATTACHED_AT', 'REACHES'].includes(r.type)) {
        const list = this.endsOf.get(r.from) ?? [];
        list.push({ type: r.type, to: r.to });
        this.endsOf.set(r.from, list);
      }
    }
  }

  needs(id: string): readonly Need[] {
    return this.needsOf.get(id) ?? [];
  }

  /**
   * A connectivity's minimal path sets (element ids: nodes and links), or null when it constrains
   * nothing: no network, no attachment point or destination among the network's nodes, or no path.
   */
  pathSets(id: string): string[][] | null {
    if (this.nodes.get(id)?.kind !== 'Connectivity') return null;
    if (!this.paths.has(id)) this.paths.set(id, this.computePathSets(id));
    return this.paths.get(id)!;
  }

  private computePathSets(id: string): string[][] | null {
    const network = this.needs(id).find((e) => e.type === 'THROUGH')?.to;
    if (network === undefined) return null;
    const elements = this.needs(network).filter((e) => e.type === 'HAS_ELEMENT').map((e) => e.to);
    const nodeSet = new Set<string>();
    const links: { id: string; a: string; b: string; directed: boolean }[] = [];
    const seen = new Set<string>();
    const linkEnds = (element: string) => {
      const ends = this.endsOf.get(element) ?? [];
      return { a: ends.find((e) => e.type === 'CONNECTS_FROM')?.to, b: ends.find((e) => e.type === 'CONNECTS_TO')?.to };
    };
    // As NetworkIndex reads a network: nodes first, then links whose two ends are nodes of it.
    for (const element of elements) {
      const { a, b } = linkEnds(element);
      if (a === undefined || b === undefined) nodeSet.add(element);
    }
    for (const element of elements) {
      const { a, b } = linkEnds(element);
      if (a === undefined || b === undefined || nodeSet.has(element) || seen.has(element)) continue;
      seen.add(element);
      if (!nodeSet.has(a) || !nodeSet.has(b) || a === b) continue;
      links.push({ id: element, a, b, directed: this.nodes.get(element)?.directed === true });
    }
    const ends = this.endsOf.get(id) ?? [];
    const from = [...new Set(ends.filter((e) => e.type === 'ATTACHED_AT' && nodeSet.has(e.to)).map((e) => e.to))];
    const to = new Set(ends.filter((e) => e.type === 'REACHES' && nodeSet.has(e.to)).map((e) => e.to));
    if (from.length === 0 || to.size === 0) return null;

    const moves = new Map<string, { link: string; node: string }[]>();
    const move = (u: string, link: string, v: string) => moves.set(u, [...(moves.get(u) ?? []), { link, node: v }]);
    for (const l of links) {
      move(l.a, l.id, l.b);
      if (!l.directed) move(l.b, l.id, l.a);
    }
    // Simple paths, each ending at the first destination it reaches (going on only adds elements).
    const found: string[][] = [];
    const path: string[] = [];
    const onPath = new Set<string>();
    const walk = (u: string) => {
      path.push(u);
      onPath.add(u);
      if (to.has(u)) found.push([...path]);
      else {
        for (const m of moves.get(u) ?? []) {
          if (onPath.has(m.node)) continue;
          if (found.length > MAX_PATHS) throw new Error(`connectivity ${id}: more than ${MAX_PATHS} paths`);
          path.push(m.link);
          walk(m.node);
          path.pop();
        }
      }
      path.pop();
      onPath.delete(u);
    };
    for (const p of from) walk(p);
    if (found.length === 0) return null;
    // Minimal path sets: a path whose elements include another's adds nothing to the AND.
    const sets = [...new Map(found.map((p) => [[...new Set(p)].sort().join('\u0000'), [...new Set(p)].sort()])).values()].sort((a, b) => a.length - b.length);
    const minimal: string[][] = [];
    for (const s of sets) {
      if (!minimal.some((m) => m.every((e) => s.includes(e)))) minimal.push(s);
    }
    return minimal;
  }

  /** What a node's DOWN rule reads: its HARD needs and members, and a connectivity's path elements. */
  reads(id: string): string[] {
    const out = this.needs(id)
      .filter((e) => !(e.type === 'DEPENDS_ON' && e.soft))
      .map((e) => e.to);
    for (const set of this.pathSets(id) ?? []) out.push(...set);
    return out;
  }
}

type LiveRef = { kind: 'event' | 'gate'; name: string };
type Ref = { kind: 'false' } | LiveRef;
type Formula = { op: 'or' | 'and' | 'null'; args: LiveRef[] } | { op: 'atleast'; min: number; args: LiveRef[] };

const FALSE: Ref = { kind: 'false' };

export interface FaultTree {
  target: string;
  /** False when nothing can take the target DOWN: then there is no tree to analyse. */
  canFail: boolean;
  /** Open-PSA MEF, one fault tree whose only top gate is "top". */
  xml: string;
  /** Basic event name -> component id. */
  componentOf: Map<string, string>;
  gates: number;
  events: number;
  /** Nodes of the target's support that lie on cycles (their branches back into the cycle are FALSE). */
  cyclicNodes: string[];
  /** Connectivities on the way, and their minimal path sets in all. */
  connectivities: number;
  pathSets: number;
}

/** The fault tree of "target DOWN" (see the file comment for the rules and the treatment of cycles). */
export function faultTree(model: FaultModel, target: string): FaultTree {
  if (!model.nodes.has(target)) throw new Error(`${target} is not an impact node of the world`);
  const part = stronglyConnected(model, target);
  const cyclic = new Set<string>();
  const sizes = new Map<number, number>();
  for (const p of part.values()) sizes.set(p, (sizes.get(p) ?? 0) + 1);
  for (const [id, p] of part) if (sizes.get(p)! > 1 || model.reads(id).includes(id)) cyclic.add(id);

  const gates = new Map<string, Formula>();
  const usedNames = new Set<string>();
  const componentOf = new Map<string, string>();
  const eventOf = new Map<string, string>();
  const memo = new Map<string, Ref>();
  let connectivities = 0;
  let pathSets = 0;

  const uniqueName = (prefix: string, id: string): string => {
    // MEF names are NCNames without '.' and without '--': ids keep their letters and digits only.
    const base = `${prefix}${id.replace(/[^A-Za-z0-9]+/g, '_')}`;
    let name = base;
    for (let k = 2; usedNames.has(name); k += 1) name = `${base}-${k}`;
    usedNames.add(name);
    return name;
  };
  const event = (id: string): Ref => {
    let name = eventOf.get(id);
    if (!name) {
      name = uniqueName('c_', id);
      eventOf.set(id, name);
      componentOf.set(name, id);
    }
    return { kind: 'event', name };
  };
  const gate = (id: string, formula: Formula): LiveRef => {
    if (gates.size >= MAX_GATES) throw new Error(`the fault tree of ${target} needs more than ${MAX_GATES} gates`);
    const name = uniqueName('g_', id);
    gates.set(name, formula);
    return { kind: 'gate', name };
  };
  const key = (r: Ref) => (r.kind === 'false' ? '' : `${r.kind}:${r.name}`);
  const live = (refs: Ref[]) => refs.filter((r): r is LiveRef => r.kind !== 'false');
  const distinct = (refs: Ref[]) => [...new Map(live(refs).map((r) => [key(r), r])).values()];
  const or = (id: string, refs: Ref[]): Ref => {
    const args = distinct(refs);
    return args.length === 0 ? FALSE : args.length === 1 ? args[0] : gate(id, { op: 'or', args });
  };
  const and = (id: string, refs: Ref[]): Ref => {
    if (refs.length === 0 || refs.some((r) => r.kind === 'false')) return FALSE;
    const args = distinct(refs);
    return args.length === 1 ? args[0] : gate(id, { op: 'and', args });
  };
  const atLeast = (id: string, min: number, refs: Ref[]): Ref => {
    const present = live(refs);
    if (min > present.length) return FALSE;
    if (min === 1) return or(id, present);
    if (min === present.length) return and(id, present);
    // The same event twice counts twice: the repeat goes in through a gate of its own.
    const seen = new Set<string>();
    const args = present.map((r): LiveRef => {
      if (!seen.has(key(r))) {
        seen.add(key(r));
        return r;
      }
      return gate(`${id}-repeat`, { op: 'null', args: [r] });
    });
    return gate(id, { op: 'atleast', min, args });
  };

  /** "id is DOWN", given the nodes of its strongly connected part above it on the path (sorted). */
  const down = (id: string, above: readonly string[]): Ref => {
    const memoKey = above.length === 0 ? id : `${id}\u0001${above.join('\u0000')}`;
    const known = memo.get(memoKey);
    if (known) return known;
    const child = (to: string): Ref => {
      if (part.get(to) !== part.get(id)) return down(to, []);
      if (to === id || above.includes(to)) return FALSE;
      return down(to, [...above, id].sort());
    };
    const node = model.nodes.get(id)!;
    const terms: Ref[] = [];
    if (node.kind === 'Component' && id !== target) terms.push(event(id));
    const needs = model.needs(id);
    for (const e of needs) if (HARD_TYPES.has(e.type) && !(e.type === 'DEPENDS_ON' && e.soft)) terms.push(child(e.to));
    const members = needs.filter((e) => e.type === 'HAS_MEMBER' || e.type === 'HAS_ELEMENT');
    if (members.length > 0) {
      const required = node.kind === 'Network' ? 1 : requiredMembers({ id, kind: 'RedundancyGroup', name: id, minUp: node.minUp, minUpPercent: node.minUpPercent }, members.length);
      terms.push(atLeast(`${id}-members`, members.length - required + 1, members.map((e) => child(e.to))));
    }
    const sets = model.pathSets(id);
    if (sets) {
      connectivities += 1;
      pathSets += sets.length;
      terms.push(and(`${id}-paths`, sets.map((set, k) => or(`${id}-path-${k + 1}`, set.map(child)))));
    }
    const ref = or(id, terms);
    memo.set(memoKey, ref);
    return ref;
  };

  const root = down(target, []);
  if (root.kind === 'false') {
    return { target, canFail: false, xml: '', componentOf, gates: 0, events: 0, cyclicNodes: [...cyclic].sort(), connectivities, pathSets };
  }
  // Only gates reachable from the top are written: SCRAM takes every unreferenced gate for a top.
  const reachable: string[] = [];
  const events = new Set<string>();
  const stack: Ref[] = [root];
  const visited = new Set<string>();
  while (stack.length > 0) {
    const r = stack.pop()!;
    if (r.kind === 'event') events.add(r.name);
    if (r.kind !== 'gate' || visited.has(r.name)) continue;
    visited.add(r.name);
    reachable.push(r.name);
    stack.push(...gates.get(r.name)!.args);
  }
  const argXml = (r: LiveRef) => (r.kind === 'event' ? `<basic-event name="${r.name}"/>` : `<gate name="${r.name}"/>`);
  const formulaXml = (f: Formula) => {
    const args = f.args.map(argXml).join('');
    if (f.op === 'null') return args;
    if (f.op === 'atleast') return `<atleast min="${f.min}">${args}</atleast>`;
    return `<${f.op}>${args}</${f.op}>`;
  };
  const lines = ['<?xml version="1.0"?>', '<opsa-mef>', `<define-fault-tree name="cascade">`];
  lines.push(`<define-gate name="top">${argXml(root)}</define-gate>`);
  for (const name of reachable) lines.push(`<define-gate name="${name}">${formulaXml(gates.get(name)!)}</define-gate>`);
  lines.push('</define-fault-tree>', '<model-data>');
  for (const name of [...events].sort()) lines.push(`<define-basic-event name="${name}"/>`);
  lines.push('</model-data>', '</opsa-mef>', '');
  return {
    target,
    canFail: true,
    xml: lines.join('\n'),
    componentOf,
    gates: reachable.length + 1,
    events: events.size,
    cyclicNodes: [...cyclic].sort(),
    connectivities,
    pathSets,
  };
}

/** Strongly connected parts (Tarjan, iterative) of what the target's DOWN rule reads, transitively. */
function stronglyConnected(model: FaultModel, target: string): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const part = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let parts = 0;
  const frames: { id: string; reads: string[]; next: number }[] = [];
  const open = (id: string) => {
    index.set(id, counter);
    low.set(id, counter);
    counter += 1;
    stack.push(id);
    onStack.add(id);
    frames.push({ id, reads: model.reads(id), next: 0 });
  };
  open(target);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.next < frame.reads.length) {
      const to = frame.reads[frame.next++];
      if (!index.has(to)) open(to);
      else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
      continue;
    }
    frames.pop();
    if (frames.length > 0) {
      const parent = frames[frames.length - 1].id;
      low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
    }
    if (low.get(frame.id) === index.get(frame.id)) {
      for (;;) {
        const id = stack.pop()!;
        onStack.delete(id);
        part.set(id, parts);
        if (id === frame.id) break;
      }
      parts += 1;
    }
  }
  return part;
}
