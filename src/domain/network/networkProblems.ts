import { ImpactGraph } from '../impact/impactGraph';

export type NetworkProblemKind =
  | 'NO_NETWORK'
  | 'NO_POINTS'
  | 'POINT_NOT_IN_NETWORK'
  | 'UNROUTABLE'
  | 'LINK_ENDS'
  | 'LINK_END_NOT_IN_NETWORK';

export interface NetworkProblem {
  /** The connectivity or link concerned. */
  id: string;
  kind: NetworkProblemKind;
  message: string;
}

/**
 * Where the network model cannot mean what its author meant. The engine treats these leniently (a
 * connectivity that cannot route constrains nothing, a link with an end outside its network carries
 * nothing) so that answers never report an outage with nothing failed; this list says so instead,
 * sorted by id, for architects to fix.
 */
export function networkProblems(graph: ImpactGraph): NetworkProblem[] {
  const problems: NetworkProblem[] = [];
  const add = (id: string, kind: NetworkProblemKind, message: string) => problems.push({ id, kind, message });
  const networkNodes = new Map<string, Set<string>>();
  const nodesOf = (networkId: string) => {
    let nodes = networkNodes.get(networkId);
    if (!nodes) {
      nodes = new Set(graph.networkModel(networkId).nodes);
      networkNodes.set(networkId, nodes);
    }
    return nodes;
  };

  for (const node of graph.nodes.values()) {
    if (node.kind === 'Network') {
      const nodes = nodesOf(node.id);
      for (const edge of graph.needs(node.id)) {
        if (edge.type !== 'HAS_ELEMENT') continue;
        const ends = graph.endsFrom(edge.to).filter((e) => e.type === 'CONNECTS_FROM' || e.type === 'CONNECTS_TO');
        if (ends.length === 0) continue;
        const from = ends.filter((e) => e.type === 'CONNECTS_FROM').length;
        const to = ends.filter((e) => e.type === 'CONNECTS_TO').length;
        if (from !== 1 || to !== 1) {
          add(edge.to, 'LINK_ENDS', `link ${edge.to} has ${from} CONNECTS_FROM and ${to} CONNECTS_TO ends; a link needs one of each`);
          continue;
        }
        for (const end of ends) {
          if (!nodes.has(end.to)) add(edge.to, 'LINK_END_NOT_IN_NETWORK', `link ${edge.to} ends at ${end.to}, which is not a router of ${node.id}: no path can use the link`);
        }
      }
    }
    if (node.kind !== 'Connectivity') continue;
    const model = graph.connectivityModel(node.id)!;
    if (model.network === '') {
      add(node.id, 'NO_NETWORK', `connectivity ${node.id} runs THROUGH no network: it constrains nothing`);
      continue;
    }
    const nodes = nodesOf(model.network);
    for (const point of [...model.from, ...model.to]) {
      if (!nodes.has(point)) add(node.id, 'POINT_NOT_IN_NETWORK', `connectivity ${node.id} names ${point}, which is not a router of ${model.network}`);
    }
    const from = model.from.filter((p) => nodes.has(p));
    const to = model.to.filter((p) => nodes.has(p));
    if (from.length === 0 || to.length === 0) {
      add(node.id, 'NO_POINTS', `connectivity ${node.id} has no ${from.length === 0 ? 'attachment point (ATTACHED_AT)' : 'destination (REACHES)'} in ${model.network}: it constrains nothing`);
    } else if (graph.compiledNeed(node.id) === null) {
      add(node.id, 'UNROUTABLE', `no path of ${model.network} joins the points of ${node.id} even with everything UP: it constrains nothing`);
    }
  }
  return problems.sort((a, b) => a.id.localeCompare(b.id) || a.kind.localeCompare(b.kind) || a.message.localeCompare(b.message));
}
