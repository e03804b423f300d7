/**
 * Networks as networks (issue 6). A network holds elements, all of them components by id: nodes
 * (routers, switches, PoPs) and links (components with two ends, optionally directed from `a` to
 * `b`). Elements keep their ordinary dependencies, so their states come from the impact engine.
 *
 * In the graph: (:Network)-[:HAS_ELEMENT]->(:Component) for every node and link;
 * (link:Component)-[:CONNECTS_FROM]->(a), (link)-[:CONNECTS_TO]->(b); a link's `directed` property.
 */
export interface NetworkLink {
  id: string;
  a: string;
  b: string;
  /** Traffic flows only from a to b; otherwise both ways. */
  directed: boolean;
}

export interface NetworkModel {
  id: string;
  /** Node elements (routers, switches, PoPs) by component id. */
  nodes: readonly string[];
  links: readonly NetworkLink[];
}

/**
 * A connectivity need: a path through the network from any of `from` (attachment points) to any of
 * `to` (e.g. transit and peering routers). In the graph: (:Connectivity)-[:THROUGH]->(:Network),
 * -[:ATTACHED_AT]->(node) for each of `from`, -[:REACHES]->(node) for each of `to`.
 */
export interface ConnectivityModel {
  id: string;
  network: string;
  from: readonly string[];
  to: readonly string[];
}

/**
 * A connectivity without a usable attachment point or destination constrains nothing: it is a
 * modelling gap, not an outage, and treating it as DOWN would report an outage with nothing failed.
 */
export function isUsable(need: { from: { length: number }; to: { length: number } }): boolean {
  return need.from.length > 0 && need.to.length > 0;
}
