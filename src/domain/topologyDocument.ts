import { EntityLabel, isEntityLabel } from './entities';
import { Problem } from './errors';
import { RELATIONSHIP_ENDPOINTS, isRelationshipType } from './relationshipTypes';
import { validateEntityInput } from './validation/validateEntityInput';
import { PropertyValue, World } from './world';

/**
 * The topology document: what `importTopology` and `npm run import` read and what `exportTopology`
 * and `npm run export` write (docs/writing.md, "Import and export"; JSON Schema in schema/topology-document.schema.json).
 */
export const DOCUMENT_FORMAT = 'cascade-topology';
export const DOCUMENT_VERSION = 1;

export interface TopologyDocument extends World {
  format: typeof DOCUMENT_FORMAT;
  version: typeof DOCUMENT_VERSION;
}

/** Reporting stops here: a document this broken needs fixing at its source, not a longer list. */
const MAX_PROBLEMS = 1000;
/** Ids looked up in the graph per statement while validating. */
const LOOKUP_BATCH = 5000;

/** The labels the given ids have in the graph (absent ids are left out). */
export type LabelLookup = (ids: string[]) => Promise<Map<string, string>>;

/**
 * Validates a topology document item by item, so a large one can stream through it: structure,
 * labels, properties and relationship types locally, and (in batches against the graph) that
 * relationship ends exist and are of the kinds the type joins and that ids keep their label. Memory
 * grows with the number of nodes (their labels are kept), not with the document's size. Nodes must
 * all come before relationships, as in the document.
 */
export class DocumentValidator {
  readonly problems: Problem[] = [];
  nodes = 0;
  relationships = 0;
  private readonly labels = new Map<string, EntityLabel>();
  private readonly graphLabels = new Map<string, string | null>();
  private readonly seen = new Set<string>();
  private pendingNodes: { index: number; id: string; label: EntityLabel }[] = [];
  private pendingRelationships: { index: number; type: keyof typeof RELATIONSHIP_ENDPOINTS; from: string; to: string }[] = [];

  constructor(private readonly lookup: LabelLookup) {}

  get full(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }

  private problem(path: string, message: string): void {
    if (!this.full) this.problems.push({ path, message });
  }

  header(format: unknown, version: unknown): void {
    if (format !== DOCUMENT_FORMAT) this.problem('format', `must be "${DOCUMENT_FORMAT}"`);
    if (version !== DOCUMENT_VERSION) this.problem('version', `must be ${DOCUMENT_VERSION}`);
  }

  async node(i: number, node: unknown): Promise<void> {
    this.nodes += 1;
    const at = `nodes[${i}]`;
    if (!isObject(node)) return this.problem(at, 'must be an object');
    if (typeof node.id !== 'string') return this.problem(`${at}.id`, 'must be a text');
    if (this.labels.has(node.id)) this.problem(`${at}.id`, `"${node.id}" appears twice`);
    if (typeof node.label !== 'string' || !isEntityLabel(node.label)) return this.problem(`${at}.label`, `"${String(node.label)}" is not a label of the model`);
    this.labels.set(node.id, node.label);
    this.pendingNodes.push({ index: i, id: node.id, label: node.label });
    if (!isObject(node.properties)) return this.problem(`${at}.properties`, 'must be an object');
    for (const [key, value] of Object.entries(node.properties)) {
      if (!isPropertyValue(value)) this.problem(`${at}.properties.${key}`, 'must be a text, number, boolean or a list of texts or numbers');
    }
    if ('id' in node.properties || 'revision' in node.properties) this.problem(`${at}.properties`, 'must not hold id or revision');
    // The document states each node whole, as a new entity would be.
    for (const p of validateEntityInput(node.label, node.id, node.properties, null)) {
      this.problem(p.path === 'id' ? `${at}.id` : `${at}.properties.${p.path}`, p.message);
    }
    if (this.pendingNodes.length >= LOOKUP_BATCH) await this.flushNodes();
  }

  async relationship(i: number, rel: unknown): Promise<void> {
    this.relationships += 1;
    if (this.pendingNodes.length > 0) await this.flushNodes();
    const at = `relationships[${i}]`;
    if (!isObject(rel)) return this.problem(at, 'must be an object');
    if (typeof rel.type !== 'string' || !isRelationshipType(rel.type)) return this.problem(`${at}.type`, `"${String(rel.type)}" is not a relationship type of the model`);
    for (const end of ['from', 'to'] as const) if (typeof rel[end] !== 'string') this.problem(`${at}.${end}`, 'must be a text');
    const key = `${rel.type}|${String(rel.from)}|${String(rel.to)}`;
    if (this.seen.has(key)) this.problem(at, `${rel.type} from "${String(rel.from)}" to "${String(rel.to)}" appears twice`);
    this.seen.add(key);
    const properties = rel.properties ?? {};
    if (!isObject(properties)) return this.problem(`${at}.properties`, 'must be an object');
    const strength = properties.strength;
    if (rel.type === 'DEPENDS_ON' && strength !== 'HARD' && strength !== 'SOFT') this.problem(`${at}.properties.strength`, 'DEPENDS_ON needs strength HARD or SOFT');
    if (rel.type !== 'DEPENDS_ON' && strength !== undefined) this.problem(`${at}.properties.strength`, 'only DEPENDS_ON has a strength');
    if (rel.from === rel.to) this.problem(`${at}.to`, 'a node cannot be related to itself');
    if (typeof rel.from === 'string' && typeof rel.to === 'string') {
      this.pendingRelationships.push({ index: i, type: rel.type, from: rel.from, to: rel.to });
      if (this.pendingRelationships.length >= LOOKUP_BATCH) await this.flushRelationships();
    }
  }

  /** Checks what is still pending; afterwards `problems` is complete. */
  async finish(): Promise<Problem[]> {
    await this.flushNodes();
    await this.flushRelationships();
    return this.problems;
  }

  /** A document node must keep the label its id has in the graph. */
  private async flushNodes(): Promise<void> {
    const batch = this.pendingNodes;
    this.pendingNodes = [];
    if (batch.length === 0 || this.full) return;
    const found = await this.lookup(batch.map((n) => n.id));
    for (const node of batch) {
      const inGraph = found.get(node.id);
      if (inGraph && inGraph !== node.label) this.problem(`nodes[${node.index}].label`, `"${node.id}" is a ${inGraph} in the graph, not a ${node.label}`);
    }
  }

  /** Relationship ends exist (in the document or the graph) and are of kinds the type joins. */
  private async flushRelationships(): Promise<void> {
    const batch = this.pendingRelationships;
    this.pendingRelationships = [];
    if (batch.length === 0 || this.full) return;
    const unknown = [...new Set(batch.flatMap((r) => [r.from, r.to]))].filter((id) => !this.labels.has(id) && !this.graphLabels.has(id));
    if (unknown.length > 0) {
      const found = await this.lookup(unknown);
      for (const id of unknown) this.graphLabels.set(id, found.get(id) ?? null);
    }
    for (const rel of batch) {
      const rule = RELATIONSHIP_ENDPOINTS[rel.type];
      for (const end of ['from', 'to'] as const) {
        const label = this.labels.get(rel[end]) ?? this.graphLabels.get(rel[end]) ?? null;
        const allowed = rule[end] as string[];
        if (!label) this.problem(`relationships[${rel.index}].${end}`, `"${rel[end]}" is neither in the document nor in the graph`);
        else if (!allowed.includes(label)) {
          this.problem(`relationships[${rel.index}].${end}`, `a ${label} cannot be the ${end === 'from' ? 'start' : 'end'} of ${rel.type} (expects ${allowed.join(' or ')})`);
        }
      }
    }
  }
}

/** Validates a document held in memory; returns it when valid. */
export async function validateDocument(input: unknown, lookup: LabelLookup): Promise<{ problems: Problem[]; document: TopologyDocument | null }> {
  const validator = new DocumentValidator(lookup);
  if (!isObject(input)) return { problems: [{ path: '', message: 'must be a JSON object' }], document: null };
  validator.header(input.format, input.version);
  if (!Array.isArray(input.nodes)) validator.problems.push({ path: 'nodes', message: 'must be a list' });
  if (!Array.isArray(input.relationships)) validator.problems.push({ path: 'relationships', message: 'must be a list' });
  if (validator.problems.length > 0) return { problems: validator.problems, document: null };
  for (const [i, node] of (input.nodes as unknown[]).entries()) await validator.node(i, node);
  for (const [i, rel] of (input.relationships as unknown[]).entries()) await validator.relationship(i, rel);
  const problems = await validator.finish();
  return { problems, document: problems.length === 0 ? (input as unknown as TopologyDocument) : null };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPropertyValue(value: unknown): value is PropertyValue {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  return Array.isArray(value) && (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'number'));
}
