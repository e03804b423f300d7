import { World, WorldNode, WorldRelationship } from '../world';
import { Attributes, NetworkDocument } from './networkDocument';

export interface NetworkToWorldOptions {
  /** Id of the Network node. */
  networkId: string;
  networkName: string;
  /** Prefix of every element id, e.g. the owner's ("geant" gives "geant.amsterdam"). */
  idPrefix: string;
  /** An Organization that owns every element (OWNED_BY), when given. */
  ownerId?: string;
}

/**
 * A parsed network file as a world Cascade can import (networkModel.ts): one Network; each node a
 * Component of kind ROUTER, each edge a Component of kind NETWORK_LINK joined to its ends. Element ids are
 * `<prefix>.<slug>` of the node's label (or its id), and `<prefix>.<slugA>--<slugB>` for links;
 * repeats get -2, -3 in document order, so the same file always gives the same ids. Every file
 * attribute is kept, as JSON with sorted keys, in the component's `attributes`.
 *
 * Returns the world and notes on what was left out: self-loop edges are skipped, since a link has
 * two ends. The document must be checked (every edge ends at a node), as the parsers return it.
 */
export function networkToWorld(document: NetworkDocument, options: NetworkToWorldOptions): { world: World; notes: string[] } {
  const { networkId, networkName, idPrefix, ownerId } = options;
  const nodes: WorldNode[] = [{ label: 'Network', id: networkId, properties: { name: networkName } }];
  const relationships: WorldRelationship[] = [];
  const notes: string[] = [];
  const taken = new Set<string>();
  // The next suffix to try per base, so n nodes with one label cost n steps, not n^2/2.
  const nextSuffix = new Map<string, number>();
  const unique = (base: string): string => {
    if (!taken.has(base)) {
      taken.add(base);
      return base;
    }
    let n = nextSuffix.get(base) ?? 2;
    while (taken.has(`${base}-${n}`)) n += 1;
    nextSuffix.set(base, n + 1);
    taken.add(`${base}-${n}`);
    return `${base}-${n}`;
  };
  const element = (id: string, properties: WorldNode['properties']) => {
    nodes.push({ label: 'Component', id, properties });
    relationships.push({ type: 'HAS_ELEMENT', from: networkId, to: id });
    if (ownerId !== undefined) relationships.push({ type: 'OWNED_BY', from: id, to: ownerId });
  };

  const routers = new Map<string, { id: string; slug: string; name: string }>();
  for (const node of document.nodes) {
    const label = node.attributes.label;
    const name = label === undefined || String(label).trim() === '' ? node.id : String(label);
    const id = unique(`${idPrefix}.${slugify(name) || slugify(node.id) || 'node'}`);
    routers.set(node.id, { id, slug: id.slice(idPrefix.length + 1), name });
    element(id, { name, kind: 'ROUTER', attributes: sortedJson(node.attributes) });
  }

  for (const edge of document.edges) {
    const a = routers.get(edge.source);
    const b = routers.get(edge.target);
    if (!a || !b) throw new Error(`edge on line ${edge.line} ends at a node the document does not have; check the document first`);
    if (edge.source === edge.target) {
      notes.push(`line ${edge.line}: the edge from "${a.name}" to itself is skipped (a link has two ends)`);
      continue;
    }
    const id = unique(`${idPrefix}.${a.slug}--${b.slug}`);
    element(id, {
      name: `${a.name} – ${b.name}`,
      kind: 'NETWORK_LINK',
      ...(edge.directed ? { directed: true } : {}),
      attributes: sortedJson(edge.attributes),
    });
    relationships.push({ type: 'CONNECTS_FROM', from: id, to: a.id }, { type: 'CONNECTS_TO', from: id, to: b.id });
  }
  return { world: { nodes, relationships }, notes };
}

/**
 * Lower-case ASCII letters and digits joined by single dashes ("Zürich HB" -> "zurich-hb"). A slug
 * never holds "--", so router ids and link ids (`a--b`) cannot meet.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The same attributes always give the same string, whatever order the file listed them in. */
function sortedJson(attributes: Attributes): string {
  return JSON.stringify(Object.fromEntries(Object.keys(attributes).sort().map((key) => [key, attributes[key]])));
}
