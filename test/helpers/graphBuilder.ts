import { ImpactEdge, ImpactGraph, ImpactKind, ImpactNode, NetworkEnd } from '../../src/domain/impact/impactGraph';
import { Topology, buildTopology, targetFacts } from '../../src/domain/impact/topology';

/**
 * A compact notation for impact graphs in tests:
 *   'a -> b'    a depends HARD on b        'a ~> b'  a depends SOFT on b
 *   'g => m'    group g has member m       'i -I-> s' interface i is a face of s
 *   'o -+> s'   offering o includes s
 * Groups are declared in `groups` with their minUp (a number) or minUpPercent ('50%').
 * Networks and connectivities:
 *   'net: r1 =l1= r2'   link l1 of network net joins routers r1 and r2 (both become elements)
 *   'net: r1 =l1=> r2'  the same link, directed from r1 to r2
 *   'net: r9'           a router of net without links
 *   'c @net: a,b -> x,y' connectivity c through net from a or b to x or y
 */
export function buildGraph(lines: string[], groups: Record<string, number | string> = {}): ImpactGraph {
  const nodes = new Map<string, ImpactNode>();
  const edges: ImpactEdge[] = [];
  const ensure = (id: string, kind: ImpactKind) => {
    if (!nodes.has(id)) nodes.set(id, { id, kind, name: id });
  };
  for (const [id, need] of Object.entries(groups)) {
    const percent = typeof need === 'string';
    nodes.set(id, {
      id,
      kind: 'RedundancyGroup',
      name: id,
      minUp: percent ? null : need,
      minUpPercent: percent ? Number(need.replace('%', '')) : null,
    });
  }
  const ends: NetworkEnd[] = [];
  const element = (network: string, id: string) => {
    ensure(network, 'Network');
    ensure(id, 'Component');
    if (!edges.some((e) => e.from === network && e.to === id)) edges.push({ from: network, to: id, type: 'HAS_ELEMENT', strength: 'HARD' });
  };
  for (const line of lines) {
    const link = /^(\S+):\s+(\S+)\s+=(\S+?)=(>?)\s+(\S+)$/.exec(line.trim());
    if (link) {
      const [, network, a, id, directed, b] = link;
      element(network, a);
      element(network, b);
      element(network, id);
      if (directed) nodes.get(id)!.directed = true;
      ends.push({ type: 'CONNECTS_FROM', from: id, to: a }, { type: 'CONNECTS_TO', from: id, to: b });
      continue;
    }
    const router = /^(\S+):\s+(\S+)$/.exec(line.trim());
    if (router) {
      element(router[1], router[2]);
      continue;
    }
    const need = /^(\S+)\s+@(\S+):\s+(\S+)\s+->\s+(\S+)$/.exec(line.trim());
    if (need) {
      const [, id, network, from, to] = need;
      ensure(network, 'Network');
      nodes.set(id, { id, kind: 'Connectivity', name: id });
      edges.push({ from: id, to: network, type: 'THROUGH', strength: 'HARD' });
      for (const point of from.split(',')) ends.push({ type: 'ATTACHED_AT', from: id, to: point });
      for (const point of to.split(',')) ends.push({ type: 'REACHES', from: id, to: point });
      continue;
    }
    const match = /^(\S+)\s+(->|~>|=>|-I->|-\+>)\s+(\S+)$/.exec(line.trim());
    if (!match) throw new Error(`cannot read edge "${line}"`);
    const [, from, arrow, to] = match;
    const type = arrow === '=>' ? 'HAS_MEMBER' : arrow === '-I->' ? 'INTERFACE_OF' : arrow === '-+>' ? 'INCLUDES' : 'DEPENDS_ON';
    ensure(from, arrow === '-I->' ? 'ServiceInterface' : arrow === '-+>' ? 'ServiceOffering' : 'Component');
    ensure(to, arrow === '-+>' || arrow === '-I->' ? 'Service' : 'Component');
    edges.push({ from, to, type, strength: arrow === '~>' ? 'SOFT' : 'HARD' });
  }
  return new ImpactGraph(nodes.values(), edges, ends);
}

/** A topology around a test graph; `targets` maps offering -> [consumer group, size]. */
export function topologyOf(graph: ImpactGraph, targets: Record<string, [string, number][]> = {}): Topology {
  const nodes = [...graph.nodes.values()];
  const edges = nodes.flatMap((n) => [...graph.needs(n.id)]);
  return buildTopology({
    version: 'test',
    nodes,
    edges,
    ...targetFacts(
      Object.entries(targets).flatMap(([offeringId, groups]) =>
        groups.map(([consumerGroupId, size]) => ({ offeringId, consumerGroupId, name: consumerGroupId, size })),
      ),
    ),
    networkEnds: graph.networkEnds,
  });
}
