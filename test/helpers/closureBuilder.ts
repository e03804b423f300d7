import { Closure, ClosureNode, StoredEdge, WalkedEdgeType } from '../../src/domain/graph/closure';

const TYPES: Record<string, WalkedEdgeType> = { '=>': 'HAS_MEMBER', '-I->': 'INTERFACE_OF', '-+>': 'INCLUDES', '-T->': 'TARGETS' };

/**
 * A compact notation for closures in tests, one stored edge per line:
 *   'a -> b'    a depends HARD on b        'a ~> b'    a depends SOFT on b
 *   'g => m'    group g has member m       'i -I-> s'  interface i is a face of service s
 *   'o -+> s'   offering o includes s      'o -T-> c'  offering o targets consumer group c
 * Kinds follow from the arrows (groups, interfaces, offerings, services, consumer groups) or from
 * `kinds`; anything else is `defaultKind`. An id's organisation is its first dot-separated segment
 * (`isp.core` belongs to `isp`), as in the example world. Ids in `beyond` are left out of the
 * nodes, as if they lay past the store's bound; their edges stay.
 */
export function buildClosure(
  rootId: string,
  lines: string[],
  options: { kinds?: Record<string, string>; defaultKind?: string; beyond?: string[] } = {},
): Closure {
  const inferred = new Map<string, string>();
  const edges: StoredEdge[] = [];
  for (const line of lines) {
    const match = /^(\S+)\s+(->|~>|=>|-I->|-\+>|-T->)\s+(\S+)$/.exec(line.trim());
    if (!match) throw new Error(`cannot read edge "${line}"`);
    const [, from, arrow, to] = match;
    const type = TYPES[arrow] ?? 'DEPENDS_ON';
    if (arrow === '=>') inferred.set(from, 'RedundancyGroup');
    if (arrow === '-I->') inferred.set(from, 'ServiceInterface');
    if (arrow === '-+>' || arrow === '-T->') inferred.set(from, 'ServiceOffering');
    if (arrow === '-I->' || arrow === '-+>') inferred.set(to, 'Service');
    if (arrow === '-T->') inferred.set(to, 'ConsumerGroup');
    edges.push({ from, to, type, strength: type !== 'DEPENDS_ON' ? null : arrow === '~>' ? 'SOFT' : 'HARD' });
  }
  const ids = new Set([rootId, ...edges.flatMap((e) => [e.from, e.to])]);
  const beyond = new Set(options.beyond ?? []);
  const nodes = new Map<string, ClosureNode>();
  for (const id of ids) {
    if (beyond.has(id)) continue;
    const kind = options.kinds?.[id] ?? inferred.get(id) ?? options.defaultKind ?? 'Component';
    nodes.set(id, { id, kind, name: id.toUpperCase(), organizationId: id.includes('.') ? id.split('.')[0] : null });
  }
  return { rootId, nodes, edges };
}
