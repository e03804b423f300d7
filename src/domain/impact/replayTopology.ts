import { ConflictError } from '../errors';
import { GraphChange } from '../graphChange';
import { ImpactEdge, ImpactNode, NetworkEnd, isImpactKind } from './impactGraph';
import { TopologyData } from './topology';

const IMPACT_TYPES = new Set(['DEPENDS_ON', 'HAS_MEMBER', 'INTERFACE_OF', 'INCLUDES', 'HAS_ELEMENT', 'THROUGH']);
const END_TYPES = new Set(['CONNECTS_FROM', 'CONNECTS_TO', 'ATTACHED_AT', 'REACHES']);

type Properties = Record<string, unknown> & { label?: string; relationships?: { type: string; from: string; to: string; properties?: Record<string, unknown> }[] };

/**
 * The topology as it was before the given changes: undoes them newest first on a copy of today's
 * topology data (impact nodes and edges, consumer-group targets with their sizes, providers, owners).
 * Imports and seeds record each node and relationship they change; an import recorded only with
 * its counts (before per-item history existed) cannot be undone, so replaying across one is refused.
 */
export function replayTopology(current: TopologyData, changesNewestFirst: readonly GraphChange[]): TopologyData {
  const nodes = new Map(current.nodes.map((n) => [n.id, { ...n }]));
  const edges = new Map(current.edges.map((e) => [edgeKey(e.type, e.from, e.to), { ...e }]));
  const targets = new Map(current.targets.map((t) => [`${t.offeringId}|${t.consumerGroupId}`, { ...t }]));
  const providers = new Map(current.providers.map((p) => [`${p.serviceId}|${p.organizationId}`, { ...p }]));
  const owners = new Map(current.owners.map((o) => [o.id, { ...o }]));
  const ends = new Map(current.networkEnds.map((e) => [edgeKey(e.type, e.from, e.to), e]));
  const groupInfo = new Map<string, { name: string; size: number }>();
  for (const t of current.targets) groupInfo.set(t.consumerGroupId, { name: t.name, size: t.size });

  const putEntity = (id: string, props: Properties | null) => {
    if (!props) {
      nodes.delete(id);
      return;
    }
    const label = String(props.label ?? '');
    if (isImpactKind(label)) {
      const node: ImpactNode = {
        id,
        kind: label,
        name: String(props.name ?? id),
        minUp: typeof props.minUp === 'number' ? props.minUp : null,
        minUpPercent: typeof props.minUpPercent === 'number' ? props.minUpPercent : null,
        ...(props.directed === true ? { directed: true } : {}),
      };
      nodes.set(id, node);
    }
    if (label === 'ConsumerGroup') {
      const info = { name: String(props.name ?? id), size: typeof props.size === 'number' ? props.size : 0 };
      groupInfo.set(id, info);
      for (const t of targets.values()) if (t.consumerGroupId === id) Object.assign(t, info);
    }
  };

  const putRelationship = (type: string, from: string, to: string, props: Record<string, unknown> | null) => {
    if (IMPACT_TYPES.has(type)) {
      const key = edgeKey(type, from, to);
      if (!props) edges.delete(key);
      else edges.set(key, { from, to, type: type as ImpactEdge['type'], strength: props.strength === 'SOFT' ? 'SOFT' : 'HARD' });
    } else if (type === 'TARGETS') {
      const key = `${from}|${to}`;
      const info = groupInfo.get(to) ?? { name: to, size: 0 };
      if (!props) targets.delete(key);
      else targets.set(key, { offeringId: from, consumerGroupId: to, ...info });
    } else if (type === 'PROVIDED_BY') {
      if (!props) providers.delete(`${from}|${to}`);
      else providers.set(`${from}|${to}`, { serviceId: from, organizationId: to });
    } else if (END_TYPES.has(type)) {
      const key = edgeKey(type, from, to);
      if (!props) ends.delete(key);
      else ends.set(key, { type: type as NetworkEnd['type'], from, to });
    } else if (type === 'OWNED_BY' || type === 'OFFERED_BY') {
      if (!props) owners.delete(from);
      else owners.set(from, { id: from, organizationId: to });
    }
  };

  for (const change of changesNewestFirst) {
    const before = change.before === null ? null : (JSON.parse(change.before) as Properties);
    switch (change.operation) {
      case 'IMPORT':
        // Imports record each node and relationship beside this summary; older ones only counts.
        if (isItemised(change.after)) break;
        throw new ConflictError(`An import at ${change.at} changed the graph; the history before it cannot be replayed`, { at: change.at });
      case 'UPSERT':
        putEntity(change.entityId!, before);
        break;
      case 'DELETE':
        putEntity(change.entityId!, before);
        for (const rel of before?.relationships ?? []) putRelationship(rel.type, rel.from, rel.to, rel.properties ?? {});
        break;
      case 'CONNECT':
      case 'DISCONNECT':
        putRelationship(change.relationshipType!, change.fromId!, change.toId!, before);
        break;
    }
  }

  // Edges whose ends did not exist then are dropped with them.
  // Sorted as the store sorts them, so chains name the same members as on a fresh load.
  const edgeList = [...edges.values()]
    .filter((e) => nodes.has(e.from) && nodes.has(e.to))
    .sort((a, b) => a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.to.localeCompare(b.to));
  return {
    version: `${current.version}@replay`,
    nodes: [...nodes.values()],
    edges: edgeList,
    targets: [...targets.values()],
    providers: [...providers.values()],
    consumers: current.consumers,
    owners: [...owners.values()],
    networkEnds: [...ends.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to)),
  };
}

function edgeKey(type: string, from: string, to: string): string {
  return `${type}|${from}|${to}`;
}

function isItemised(after: string | null): boolean {
  if (after === null) return false;
  const summary = JSON.parse(after) as { itemised?: unknown };
  return summary.itemised === true;
}
