import { ImpactEdge, ImpactGraph, ImpactKind, ImpactNode } from '../../src/domain/impact/impactGraph';
import { Topology, buildTopology } from '../../src/domain/impact/topology';

/**
 * A compact notation for impact graphs in tests:
 *   'a -> b'    a depends HARD on b        'a ~> b'  a depends SOFT on b
 *   'g => m'    group g has member m       'i -I-> s' interface i is a face of s
 *   'o -+> s'   offering o includes s
 * Groups are declared in `groups` with their minUp (a number) or minUpPercent ('50%').
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
  for (const line of lines) {
    const match = /^(\S+)\s+(->|~>|=>|-I->|-\+>)\s+(\S+)$/.exec(line.trim());
    if (!match) throw new Error(`cannot read edge "${line}"`);
    const [, from, arrow, to] = match;
    const type = arrow === '=>' ? 'HAS_MEMBER' : arrow === '-I->' ? 'INTERFACE_OF' : arrow === '-+>' ? 'INCLUDES' : 'DEPENDS_ON';
    ensure(from, arrow === '-I->' ? 'ServiceInterface' : arrow === '-+>' ? 'ServiceOffering' : 'Component');
    ensure(to, arrow === '-+>' || arrow === '-I->' ? 'Service' : 'Component');
    edges.push({ from, to, type, strength: arrow === '~>' ? 'SOFT' : 'HARD' });
  }
  return new ImpactGraph(nodes.values(), edges);
}

/** A topology around a test graph; `targets` maps offering -> [consumer group, size]. */
export function topologyOf(graph: ImpactGraph, targets: Record<string, [string, number][]> = {}): Topology {
  const nodes = [...graph.nodes.values()];
  const edges = nodes.flatMap((n) => [...graph.needs(n.id)]);
  return buildTopology({
    version: 'test',
    nodes,
    edges,
    targets: Object.entries(targets).flatMap(([offeringId, groups]) =>
      groups.map(([consumerGroupId, size]) => ({ offeringId, consumerGroupId, name: consumerGroupId, size })),
    ),
    providers: [],
    consumers: [],
    owners: [],
  });
}
