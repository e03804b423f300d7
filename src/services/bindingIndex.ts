import { BindableNode, BindingIndex } from '../domain/events/bindEvent';
import { ImpactGraph } from '../domain/impact/impactGraph';

const byNameCache = new WeakMap<ImpactGraph, Map<string, BindableNode[]>>();

/**
 * Binding looks entities up in the in-memory impact topology (every node that carries a state, with
 * its name), not in the database: binding a batch costs no query. Names are indexed once per topology.
 */
export function bindingIndexOf(graph: ImpactGraph): BindingIndex {
  let byName = byNameCache.get(graph);
  if (!byName) {
    byName = new Map();
    for (const node of graph.nodes.values()) {
      const list = byName.get(node.name) ?? [];
      list.push({ id: node.id, kind: node.kind, name: node.name });
      byName.set(node.name, list);
    }
    byNameCache.set(graph, byName);
  }
  const names = byName;
  return {
    byId: (id) => graph.nodes.get(id),
    byName: (name) => names.get(name) ?? [],
  };
}
