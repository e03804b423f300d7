import { SaxesParser, SaxesTagNS } from 'saxes';
import { Problem } from '../errors';
import { Attributes, AttributeValue, NetworkDocument, NetworkEdge, NetworkNode, byLine, checkNetworkDocument, problemAt } from './networkDocument';
import { MAX_NESTING, tooDeep } from './nestingLimit';

/**
 * GraphML (http://graphml.graphdrawing.org/) as written by networkx, yEd, Gephi and the Topology
 * Zoo. Reads one flat graph: <key> declarations (attr.name, attr.type, for, <default>), <data> on
 * the graph, nodes and edges, the graph's edgedefault and each edge's own `directed`. Elements of
 * other namespaces (yEd's drawing data) are skipped. Hyperedges and nested graphs are refused: a
 * network here is routers and links, nothing else. Every problem is listed with its line, and then
 * there is no document. Reading takes time linear in the text: an element nested deeper than
 * MAX_NESTING, or more than MAX_XML_ERRORS malformed-XML errors, stop it with the problems found
 * until then; key defaults may fill in at most MAX_DEFAULT_VALUES attribute values.
 */
export function parseGraphml(text: string): { document: NetworkDocument | null; problems: Problem[] } {
  const reader = new GraphmlReader();
  const problems = reader.read(text);
  return problems.length === 0 ? { document: reader.document(), problems: [] } : { document: null, problems };
}

/**
 * How many attribute values key defaults may fill in, over all nodes, edges and the graph. A default
 * applies to every element of its domain, so keys times elements could grow with the square of the
 * file; the Topology Zoo's largest file needs about 20,000.
 */
export const MAX_DEFAULT_VALUES = 1_000_000;

/** Past this many, malformed XML is not worth reading on: saxes makes an Error, stack and all, for each. */
export const MAX_XML_ERRORS = 100;

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const TYPES = ['boolean', 'int', 'long', 'float', 'double', 'string'] as const;
type KeyType = (typeof TYPES)[number];

interface KeyDeclaration {
  id: string;
  name: string;
  type: KeyType;
  /** node, edge, graph, all (or another GraphML domain, which then never applies). */
  domain: string;
  /** The <default>, typed once: it may be long, and it is given to every element of the domain. */
  defaultValue: AttributeValue | null;
  line: number;
  /** Declaration order: keys on one line are still first and second. */
  order: number;
}

/** What <data> was given to: the graph, a node or an edge. */
interface Owner {
  kind: 'graph' | 'node' | 'edge';
  /** Each <data> in file order; text null for structured data (child elements), which is skipped. */
  data: { key: string; text: string | null; line: number }[];
}

interface Frame {
  /** The element's name as written (with any prefix), for messages. */
  tag: string;
  /** Local name for GraphML elements; null for elements of other namespaces. */
  name: string | null;
  line: number;
  owner?: Owner;
  key?: KeyDeclaration;
  /** The <data> this element is, if it is one. */
  data?: Owner['data'][number];
  /** Text of a <data> or <default>, unless a child element made it structured (then null). */
  text?: string | null;
}

/**
 * XML Schema numerals; Number() alone would take '', '0x1f' and 'Infinity'. Each digit can belong to
 * one part only, so a long non-numeral fails in linear time (`\d+\.?\d*` backtracked quadratically).
 */
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Thrown from inside saxes to stop reading; carries the problem that says why. */
class StopReading {
  constructor(readonly problem: Problem) {}
}

/** The keys that name one attribute: the first of all, and the first for each domain. */
interface Namesakes {
  first: KeyDeclaration;
  byDomain: Map<string, KeyDeclaration>;
}

class GraphmlReader {
  private readonly problems: Problem[] = [];
  private readonly keys = new Map<string, KeyDeclaration>();
  /** Keys by attribute name, so a namesake is found without going through every key. */
  private readonly keysByName = new Map<string, Namesakes>();
  /** Ids of <key>s already reported as broken, so their <data> is not reported again. */
  private readonly brokenKeys = new Set<string>();
  private readonly stack: Frame[] = [];
  private readonly graph: Owner = { kind: 'graph', data: [] };
  private readonly nodes: { node: NetworkNode; owner: Owner }[] = [];
  private readonly edges: { edge: NetworkEdge; owner: Owner }[] = [];
  private graphAttributes: Attributes = {};
  private graphs = 0;
  private directed = false;
  private tagLine = 1;
  private xmlErrors = 0;
  /** The element closed last: saxes closes a never-closed element before it reports it. */
  private lastClosed: Frame | null = null;

  read(text: string): Problem[] {
    const parser = new SaxesParser({ xmlns: true, position: true });
    parser.on('error', (error) => this.xmlError(error.message, parser.line));
    parser.on('opentagstart', () => {
      // A tag's name never spans lines, so this is the line of its "<".
      this.tagLine = parser.line;
      // Before saxes resolves the tag's namespace, which walks every open element.
      if (this.stack.length >= MAX_NESTING) throw new StopReading(tooDeep('GraphML', parser.line));
    });
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', () => this.close());
    parser.on('text', (chunk) => this.text(chunk));
    parser.on('cdata', (chunk) => this.text(chunk));
    try {
      parser.write(text).close();
    } catch (error) {
      if (!(error instanceof StopReading)) throw error;
      // What was read is not a whole document: checking it as one would only add noise.
      this.problems.push(error.problem);
      return byLine(this.problems);
    }
    if (this.graphs === 0 && this.problems.length === 0) this.problem(text.split('\n').length, 'holds no <graph>');
    this.resolveData();
    this.problems.push(...checkNetworkDocument(this.document()));
    return byLine(this.problems);
  }

  document(): NetworkDocument {
    return {
      directed: this.directed,
      nodes: this.nodes.map(({ node }) => node),
      edges: this.edges.map(({ edge }) => edge),
      attributes: this.graphAttributes,
    };
  }

  private problem(line: number, message: string): void {
    this.problems.push(problemAt(line, message));
  }

  /** saxes says "line:column: message"; an unclosed tag is better reported where it was opened. */
  private xmlError(raw: string, fallbackLine: number): void {
    const match = /^(\d+):\d+: (.*)$/s.exec(raw);
    const line = match ? Number(match[1]) : fallbackLine;
    this.xmlErrors += 1;
    if (this.xmlErrors > MAX_XML_ERRORS) throw new StopReading(problemAt(line, `malformed XML: more than ${MAX_XML_ERRORS} errors; reading stopped here`));
    const message = (match ? match[2] : raw).replace(/\.$/, '');
    const unclosed = /^unclosed tag: (.+)$/.exec(message);
    // At the end saxes drops its open elements innermost first, reporting each: so does this stack.
    const frame = unclosed ? (this.stack[this.stack.length - 1]?.tag === unclosed[1] ? this.stack.pop() : undefined) : message === 'unexpected close tag' ? this.lastClosed : null;
    if (frame) {
      const closer = unclosed ? '' : ` (a close tag on line ${line} ends its parent)`;
      this.problem(frame.line, `malformed XML: <${frame.tag}> is never closed${closer}`);
    } else this.problem(line, `malformed XML: ${message}`);
  }

  private open(tag: SaxesTagNS): void {
    const line = this.tagLine;
    const ours = tag.uri === GRAPHML_NS || tag.uri === '';
    const parent = this.stack[this.stack.length - 1];
    const frame: Frame = { tag: tag.name, name: ours ? tag.local : null, line };
    this.stack.push(frame);
    // A child element makes the text of a <data> or <default> structured (yEd's drawing data).
    if (parent && parent.text !== undefined) parent.text = null;
    if (!ours) return;
    const attribute = (name: string): string | undefined => tag.attributes[name]?.value;

    if (!parent) {
      if (tag.local !== 'graphml') this.problem(line, `the root element is <${tag.name}>, not <graphml>`);
      return;
    }
    switch (`${parent.name}>${tag.local}`) {
      case 'graphml>key':
        frame.key = this.declareKey(line, attribute);
        return;
      case 'key>default':
        frame.text = '';
        return;
      case 'graphml>graph':
        this.graphs += 1;
        if (this.graphs > 1) this.problem(line, 'a second <graph>: a network file holds one graph');
        else {
          // The schema requires edgedefault; without one, networkx (the commonest writer) reads undirected.
          const edgedefault = attribute('edgedefault') ?? 'undirected';
          if (edgedefault !== 'directed' && edgedefault !== 'undirected') this.problem(line, `edgedefault must be "directed" or "undirected", not "${edgedefault}"`);
          this.directed = edgedefault === 'directed';
          frame.owner = this.graph;
        }
        return;
      case 'node>graph':
        this.problem(line, 'nested graphs are not supported: a network is one flat graph');
        return;
      // Only the first top-level graph has an owner; a second or nested one was reported above.
      case 'graph>node':
        if (parent.owner === this.graph) frame.owner = this.addNode(line, attribute);
        return;
      case 'graph>edge':
        if (parent.owner === this.graph) frame.owner = this.addEdge(line, attribute);
        return;
      case 'graph>hyperedge':
        this.problem(line, 'hyperedges are not supported: a link has two ends');
        return;
      case 'graph>data':
      case 'node>data':
      case 'edge>data': {
        const key = attribute('key');
        if (key === undefined) this.problem(line, '<data> needs a key attribute');
        else if (parent.owner) {
          frame.data = { key, text: '', line };
          parent.owner.data.push(frame.data);
        }
        frame.text = '';
        return;
      }
      default:
        // <desc>, <port>, <locator>, <endpoint> and unknown elements carry nothing a network needs.
        return;
    }
  }

  private declareKey(line: number, attribute: (name: string) => string | undefined): KeyDeclaration | undefined {
    const id = attribute('id');
    if (id === undefined) {
      this.problem(line, '<key> needs an id');
      return undefined;
    }
    const type = attribute('attr.type') ?? 'string';
    if (!(TYPES as readonly string[]).includes(type)) {
      this.brokenKeys.add(id);
      this.problem(line, `key "${id}" has attr.type "${type}" (known: ${TYPES.join(', ')})`);
      return undefined;
    }
    const declaration: KeyDeclaration = { id, name: attribute('attr.name') ?? id, type: type as KeyType, domain: attribute('for') ?? 'all', defaultValue: null, line, order: this.keys.size };
    const earlier = this.keys.get(id);
    if (earlier) {
      this.problem(line, `key "${id}" is already declared on line ${earlier.line}`);
      return undefined;
    }
    // Two keys for one attribute name would make the attribute's value depend on data order.
    const namesake = this.namesakeOf(declaration);
    if (namesake) this.problem(line, `key "${id}" names attribute "${declaration.name}", as key "${namesake.id}" on line ${namesake.line} does`);
    this.keys.set(id, declaration);
    const named = this.keysByName.get(declaration.name);
    if (!named) this.keysByName.set(declaration.name, { first: declaration, byDomain: new Map([[declaration.domain, declaration]]) });
    else if (!named.byDomain.has(declaration.domain)) named.byDomain.set(declaration.domain, declaration);
    return declaration;
  }

  /** The first key declared before this one for the same attribute name and an overlapping domain. */
  private namesakeOf(key: KeyDeclaration): KeyDeclaration | undefined {
    const named = this.keysByName.get(key.name);
    if (!named) return undefined;
    if (key.domain === 'all') return named.first;
    const same = named.byDomain.get(key.domain);
    const all = named.byDomain.get('all');
    return same && all ? (same.order < all.order ? same : all) : (same ?? all);
  }

  private addNode(line: number, attribute: (name: string) => string | undefined): Owner {
    const owner: Owner = { kind: 'node', data: [] };
    const id = attribute('id');
    if (id === undefined) this.problem(line, '<node> needs an id');
    else this.nodes.push({ node: { id, line, attributes: {} }, owner });
    return owner;
  }

  private addEdge(line: number, attribute: (name: string) => string | undefined): Owner {
    const owner: Owner = { kind: 'edge', data: [] };
    const source = attribute('source');
    const target = attribute('target');
    if (source === undefined) this.problem(line, '<edge> needs a source');
    if (target === undefined) this.problem(line, '<edge> needs a target');
    const directedText = attribute('directed');
    let directed = this.directed;
    if (directedText === 'true' || directedText === 'false') directed = directedText === 'true';
    else if (directedText !== undefined) this.problem(line, `directed must be "true" or "false", not "${directedText}"`);
    if (source !== undefined && target !== undefined) this.edges.push({ edge: { source, target, line, directed, attributes: {} }, owner });
    return owner;
  }

  private text(chunk: string): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame && typeof frame.text === 'string') frame.text += chunk;
  }

  private close(): void {
    const frame = this.stack.pop();
    this.lastClosed = frame ?? null;
    const parent = this.stack[this.stack.length - 1];
    if (!frame || frame.name === null || !parent) return;
    if (frame.name === 'default' && parent.key && typeof frame.text === 'string') {
      const value = typed(parent.key.type, frame.text);
      if (value === undefined) this.problem(frame.line, `default "${frame.text}" is not a ${parent.key.type} (key "${parent.key.id}")`);
      else parent.key.defaultValue = value;
    }
    if (frame.data && parent.owner) {
      // Structured data (child elements) is drawing data, not an attribute value: it stays null.
      frame.data.text = frame.text === undefined ? '' : frame.text;
    }
  }

  /** Keys may be declared after their use, so <data> is typed only once the whole file is read. */
  private resolveData(): void {
    const defaults = { graph: [] as KeyDeclaration[], node: [] as KeyDeclaration[], edge: [] as KeyDeclaration[] };
    for (const key of this.keys.values()) {
      if (key.defaultValue === null) continue;
      for (const kind of ['graph', 'node', 'edge'] as const) if (key.domain === kind || key.domain === 'all') defaults[kind].push(key);
    }
    const filled = defaults.graph.length + this.nodes.length * defaults.node.length + this.edges.length * defaults.edge.length;
    if (filled > MAX_DEFAULT_VALUES) {
      const first = [defaults.graph[0], defaults.node[0], defaults.edge[0]].filter((key) => key !== undefined).reduce((a, b) => (a.order < b.order ? a : b));
      this.problem(first.line, `key defaults would fill in ${filled} attribute values, more than the ${MAX_DEFAULT_VALUES} a network file may have`);
      return;
    }
    for (const { node, owner } of this.nodes) node.attributes = this.attributesOf(owner, defaults.node);
    for (const { edge, owner } of this.edges) edge.attributes = this.attributesOf(owner, defaults.edge);
    this.graphAttributes = this.attributesOf(this.graph, defaults.graph);
  }

  /** The owner's <data> as typed attributes, then the defaults (of keys for its kind) it does not give. */
  private attributesOf(owner: Owner, defaults: KeyDeclaration[]): Attributes {
    const attributes: Attributes = {};
    const given = new Map<string, number>();
    for (const data of owner.data) {
      if (data.text === null) continue;
      const key = this.keys.get(data.key);
      if (!key) {
        if (!this.brokenKeys.has(data.key)) this.problem(data.line, `<data> refers to key "${data.key}", which is not declared`);
        continue;
      }
      if (key.domain !== owner.kind && key.domain !== 'all') {
        this.problem(data.line, `key "${key.id}" is declared for ${key.domain}, not ${owner.kind}`);
        continue;
      }
      const earlier = given.get(key.id);
      if (earlier !== undefined) {
        this.problem(data.line, `key "${key.id}" is already given on line ${earlier}`);
        continue;
      }
      given.set(key.id, data.line);
      const value = typed(key.type, data.text);
      if (value === undefined) this.problem(data.line, `"${data.text}" is not a ${key.type} (key "${key.id}")`);
      else attributes[key.name] = value;
    }
    for (const key of defaults) {
      if (!Object.hasOwn(attributes, key.name)) attributes[key.name] = key.defaultValue as AttributeValue;
    }
    return attributes;
  }
}

/** A <data> or <default> text as its key's type; undefined when it is not one. */
function typed(type: KeyType, text: string): AttributeValue | undefined {
  const trimmed = text.trim();
  switch (type) {
    case 'string':
      return text;
    case 'boolean':
      if (trimmed === 'true' || trimmed === '1') return true;
      if (trimmed === 'false' || trimmed === '0') return false;
      return undefined;
    case 'int':
    case 'long': {
      const value = Number(trimmed);
      return INTEGER.test(trimmed) && Number.isSafeInteger(value) ? value : undefined;
    }
    case 'float':
    case 'double':
      return DECIMAL.test(trimmed) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : undefined;
  }
}
