import { EntityLabel, isEntityLabel } from './entities';
import { Problem } from './errors';
import { RELATIONSHIP_ENDPOINTS, isRelationshipType } from './relationshipTypes';
import { validateEntityInput } from './validation/validateEntityInput';
import { PropertyValue, World } from './world';

/**
 * The topology document: what `importTopology` and `npm run import` read and what `exportTopology`
 * and `npm run export` write (README, "Import and export"; JSON Schema in schema/topology-document.schema.json).
 */
export const DOCUMENT_FORMAT = 'cascade-topology';
export const DOCUMENT_VERSION = 1;

export interface TopologyDocument extends World {
  format: typeof DOCUMENT_FORMAT;
  version: typeof DOCUMENT_VERSION;
}

/** Reporting stops here: a document this broken needs fixing at its source, not a longer list. */
const MAX_PROBLEMS = 1000;

export interface DocumentCheck {
  problems: Problem[];
  /** Ids the relationships name that the document does not define: they must exist in the graph. */
  externalIds: string[];
  /** The well-formed nodes and relationships with their positions, for the reference check. */
  nodes: { index: number; id: string; label: EntityLabel }[];
  relationships: { index: number; type: keyof typeof RELATIONSHIP_ENDPOINTS; from: string; to: string }[];
}

/** Structure, labels, properties and relationship types: everything that needs no database. */
export function checkDocument(input: unknown): DocumentCheck & { document: TopologyDocument | null } {
  const problems: Problem[] = [];
  const problem = (path: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message });
  };
  const none = { externalIds: [], nodes: [], relationships: [], document: null };
  if (!isObject(input)) return { problems: [{ path: '', message: 'must be a JSON object' }], ...none };
  if (input.format !== DOCUMENT_FORMAT) problem('format', `must be "${DOCUMENT_FORMAT}"`);
  if (input.version !== DOCUMENT_VERSION) problem('version', `must be ${DOCUMENT_VERSION}`);
  if (!Array.isArray(input.nodes)) problem('nodes', 'must be a list');
  if (!Array.isArray(input.relationships)) problem('relationships', 'must be a list');
  if (problems.length > 0) return { problems, ...none };

  const labels = new Map<string, EntityLabel>();
  const wellFormedNodes: DocumentCheck['nodes'] = [];
  const wellFormedRelationships: DocumentCheck['relationships'] = [];
  (input.nodes as unknown[]).forEach((node, i) => {
    const at = `nodes[${i}]`;
    if (!isObject(node)) return problem(at, 'must be an object');
    if (typeof node.id !== 'string') return problem(`${at}.id`, 'must be a text');
    if (labels.has(node.id)) problem(`${at}.id`, `"${node.id}" appears twice`);
    if (typeof node.label !== 'string' || !isEntityLabel(node.label)) return problem(`${at}.label`, `"${String(node.label)}" is not a label of the model`);
    labels.set(node.id, node.label);
    wellFormedNodes.push({ index: i, id: node.id, label: node.label });
    if (!isObject(node.properties)) return problem(`${at}.properties`, 'must be an object');
    for (const [key, value] of Object.entries(node.properties)) {
      if (!isPropertyValue(value)) problem(`${at}.properties.${key}`, 'must be a text, number, boolean or a list of texts or numbers');
    }
    if ('id' in node.properties || 'revision' in node.properties) problem(`${at}.properties`, 'must not hold id or revision');
    // The document states each node whole, as a new entity would be.
    for (const p of validateEntityInput(node.label, node.id, node.properties, null)) {
      problem(p.path === 'id' ? `${at}.id` : `${at}.properties.${p.path}`, p.message);
    }
  });

  const external = new Set<string>();
  const seen = new Set<string>();
  (input.relationships as unknown[]).forEach((rel, i) => {
    const at = `relationships[${i}]`;
    if (!isObject(rel)) return problem(at, 'must be an object');
    if (typeof rel.type !== 'string' || !isRelationshipType(rel.type)) return problem(`${at}.type`, `"${String(rel.type)}" is not a relationship type of the model`);
    for (const end of ['from', 'to'] as const) {
      if (typeof rel[end] !== 'string') problem(`${at}.${end}`, 'must be a text');
      else if (!labels.has(rel[end] as string)) external.add(rel[end] as string);
    }
    if (typeof rel.from === 'string' && typeof rel.to === 'string') {
      wellFormedRelationships.push({ index: i, type: rel.type, from: rel.from, to: rel.to });
    }
    const key = `${rel.type}|${String(rel.from)}|${String(rel.to)}`;
    if (seen.has(key)) problem(at, `${rel.type} from "${String(rel.from)}" to "${String(rel.to)}" appears twice`);
    seen.add(key);
    const properties = rel.properties ?? {};
    if (!isObject(properties)) return problem(`${at}.properties`, 'must be an object');
    const strength = properties.strength;
    if (rel.type === 'DEPENDS_ON' && strength !== 'HARD' && strength !== 'SOFT') problem(`${at}.properties.strength`, 'DEPENDS_ON needs strength HARD or SOFT');
    if (rel.type !== 'DEPENDS_ON' && strength !== undefined) problem(`${at}.properties.strength`, 'only DEPENDS_ON has a strength');
    if (rel.from === rel.to) problem(`${at}.to`, 'a node cannot be related to itself');
  });
  return {
    problems,
    externalIds: [...external].sort(),
    nodes: wellFormedNodes,
    relationships: wellFormedRelationships,
    document: problems.length === 0 ? (input as unknown as TopologyDocument) : null,
  };
}

/**
 * Relationship ends: each must exist (in the document or the graph) and be of a kind the type joins;
 * a document node must keep the label its id has in the graph. Runs on the well-formed parts even
 * when other problems were found, so one pass reports them all.
 */
export function checkReferences(check: DocumentCheck, graphLabels: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const labels = new Map<string, string>(graphLabels);
  for (const node of check.nodes) {
    const inGraph = graphLabels.get(node.id);
    labels.set(node.id, node.label);
    if (inGraph && inGraph !== node.label) {
      problems.push({ path: `nodes[${node.index}].label`, message: `"${node.id}" is a ${inGraph} in the graph, not a ${node.label}` });
    }
  }
  for (const rel of check.relationships) {
    if (problems.length >= MAX_PROBLEMS) break;
    const rule = RELATIONSHIP_ENDPOINTS[rel.type];
    for (const end of ['from', 'to'] as const) {
      const label = labels.get(rel[end]);
      const allowed = rule[end] as string[];
      if (!label) problems.push({ path: `relationships[${rel.index}].${end}`, message: `"${rel[end]}" is neither in the document nor in the graph` });
      else if (!allowed.includes(label)) {
        problems.push({
          path: `relationships[${rel.index}].${end}`,
          message: `a ${label} cannot be the ${end === 'from' ? 'start' : 'end'} of ${rel.type} (expects ${allowed.join(' or ')})`,
        });
      }
    }
  }
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPropertyValue(value: unknown): value is PropertyValue {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  return Array.isArray(value) && (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'number'));
}
