import { Problem } from '../errors';
import { Attributes, NetworkDocument, NetworkEdge, NetworkNode, byLine, checkNetworkDocument, problemAt } from './networkDocument';
import { MAX_NESTING, tooDeep } from './nestingLimit';

/**
 * GML (Himsolt's Graph Modelling Language), the Internet Topology Zoo's own format and one networkx
 * writes: `graph [ directed 1 node [ id 0 label "A" ] edge [ source 0 target 1 ] ]`. A file is a list
 * of key-value pairs; a value is a number, a "string" (with &-entities) or a [ list ]; `#` starts a
 * comment. Numeric ids become strings ("0"), so they meet GraphML's ids in one NetworkDocument.
 *
 * Nested lists inside a node, an edge or the graph (`graphics [ x 1 y 2 ]`, `LabelGraphics [ ... ]`)
 * are dropped, not flattened: they are drawing instructions for a canvas, not facts about the
 * network, and they repeat keys (a polyline's `point`s) that no flat name could keep apart. The Zoo
 * keeps everything it knows (Country, Latitude, Longitude, Internal, LinkSpeed...) as flat keys.
 * A flat key given twice in one element is a problem: an attribute has one value.
 *
 * Every problem is listed with its line, and then there is no document. Reading takes time linear in
 * the text; a list nested deeper than MAX_NESTING stops it, with the problems found until then.
 */
export function parseGml(text: string): { document: NetworkDocument | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const tokens = tokenize(text, problems);
  if (tokens === null) return { document: null, problems: byLine(problems) };
  const pairs = parsePairs(tokens, problems);
  const document = toDocument(pairs, problems);
  problems.push(...checkNetworkDocument(document));
  return problems.length === 0 ? { document, problems: [] } : { document: null, problems: byLine(problems) };
}

type Token =
  | { kind: 'key'; text: string; line: number }
  | { kind: 'value'; text: string; value: number | string; line: number }
  | { kind: 'open'; text: '['; line: number }
  | { kind: 'close'; text: ']'; line: number }
  /** Already reported; stands in for a value so that one bad token makes one problem. */
  | { kind: 'bad'; text: string; line: number };

interface Pair {
  key: string;
  value: number | string | Pair[];
  line: number;
}

const KEY = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;
/** Where a key or a number must end: whitespace, a bracket, a quote, a comment or the end. */
const BOUNDARY = /[\s[\]"#]/;

/** The file's tokens; null when a [ opens one list too many, which stops reading (a problem). */
function tokenize(text: string, problems: Problem[]): Token[] | null {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  /** Lists open here, as parsePairs will find them: a ] that closes none leaves none open. */
  let depth = 0;
  const match = (pattern: RegExp): string | null => {
    pattern.lastIndex = i;
    const found = pattern.exec(text)?.[0] ?? null;
    return found !== null && (i + found.length === text.length || BOUNDARY.test(text[i + found.length])) ? found : null;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line += 1;
      i += 1;
    } else if (/\s/.test(c)) i += 1;
    else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (c === '[' || c === ']') {
      depth = c === '[' ? depth + 1 : Math.max(0, depth - 1);
      if (depth > MAX_NESTING) {
        problems.push(tooDeep('GML', line));
        return null;
      }
      tokens.push(c === '[' ? { kind: 'open', text: c, line } : { kind: 'close', text: c, line });
      i += 1;
    } else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) {
        problems.push(problemAt(line, 'a string opened here is never closed'));
        tokens.push({ kind: 'bad', text: text.slice(i), line });
        return tokens;
      }
      const raw = text.slice(i + 1, end);
      tokens.push({ kind: 'value', text: `"${raw}"`, value: decodeEntities(raw), line });
      line += raw.split('\n').length - 1;
      i = end + 1;
    } else {
      const number = match(NUMBER);
      const key = number === null ? match(KEY) : null;
      if (number !== null) {
        tokens.push({ kind: 'value', text: number, value: Number(number), line });
        i += number.length;
      } else if (key !== null) {
        tokens.push({ kind: 'key', text: key, line });
        i += key.length;
      } else {
        let end = i + 1;
        while (end < text.length && !BOUNDARY.test(text[end])) end += 1;
        problems.push(problemAt(line, `"${text.slice(i, end)}" is neither a key, a number, a "string" nor a bracket`));
        tokens.push({ kind: 'bad', text: text.slice(i, end), line });
        i = end;
      }
    }
  }
  return tokens;
}

/** GML strings cannot hold a double quote; writers use HTML entities instead (networkx does). */
function decodeEntities(raw: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (entity, body: string) => {
    const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : body.startsWith('#') ? Number(body.slice(1)) : null;
    if (code === null) return named[body] ?? entity;
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * The file's key value pairs, lists nested. Iterative, with its own stack of open lists, so nesting
 * (at most MAX_NESTING deep, as the tokens come) never costs the call stack.
 */
function parsePairs(tokens: Token[], problems: Problem[]): Pair[] {
  const top: Pair[] = [];
  const open: { pairs: Pair[]; opener: Token; key: string }[] = [];
  const current = () => open[open.length - 1]?.pairs ?? top;
  for (let next = 0; next < tokens.length; next += 1) {
    const token = tokens[next];
    if (token.kind === 'close') {
      if (open.pop() === undefined) problems.push(problemAt(token.line, 'a ] that closes no ['));
    } else if (token.kind === 'open') {
      problems.push(problemAt(token.line, 'expected a key, found ['));
      open.push({ pairs: [], opener: token, key: '(no key)' });
    } else if (token.kind === 'value') {
      problems.push(problemAt(token.line, `expected a key, found ${token.text}`));
    } else if (token.kind === 'key') {
      const value = tokens[next + 1];
      if (value === undefined || value.kind === 'key' || value.kind === 'close') {
        problems.push(problemAt(token.line, `key "${token.text}" has no value`));
        continue;
      }
      next += 1;
      if (value.kind === 'open') {
        const pairs: Pair[] = [];
        current().push({ key: token.text, value: pairs, line: token.line });
        open.push({ pairs, opener: value, key: token.text });
      } else current().push({ key: token.text, value: value.kind === 'bad' ? value.text : value.value, line: token.line });
    }
    // A 'bad' token where a key belongs was reported when it was read.
  }
  for (const { opener, key } of open) problems.push(problemAt(opener.line, `the [ of "${key}" opened here is never closed`));
  return top;
}

function toDocument(pairs: Pair[], problems: Problem[]): NetworkDocument {
  const document: NetworkDocument = { directed: false, nodes: [], edges: [], attributes: {} };
  const graphs = pairs.filter((p) => p.key === 'graph');
  if (graphs.length === 0) {
    if (problems.length === 0) problems.push(problemAt(1, 'holds no graph [ ... ]'));
    return document;
  }
  for (const extra of graphs.slice(1)) problems.push(problemAt(extra.line, 'a second graph: a network file holds one graph'));
  const graph = graphs[0];
  if (!Array.isArray(graph.value)) {
    problems.push(problemAt(graph.line, 'graph must be a [ list ]'));
    return document;
  }
  const directed = graph.value.find((p) => p.key === 'directed');
  if (directed && directed.value !== 0 && directed.value !== 1) problems.push(problemAt(directed.line, 'directed must be 0 or 1'));
  document.directed = directed?.value === 1;

  const rest: Pair[] = [];
  for (const pair of graph.value) {
    if (pair.key === 'node' || pair.key === 'edge') {
      if (!Array.isArray(pair.value)) problems.push(problemAt(pair.line, `${pair.key} must be a [ list ]`));
      else if (pair.key === 'node') {
        const node = toNode(pair.line, pair.value, problems);
        if (node) document.nodes.push(node);
      } else {
        const edge = toEdge(pair.line, pair.value, document.directed, problems);
        if (edge) document.edges.push(edge);
      }
    } else if (pair.key !== 'directed') rest.push(pair);
  }
  document.attributes = attributesOf(rest, problems);
  return document;
}

function toNode(line: number, pairs: Pair[], problems: Problem[]): NetworkNode | null {
  const id = reference(pairs, 'id', 'node', line, problems);
  const attributes = attributesOf(pairs.filter((p) => p.key !== 'id'), problems);
  return id === null ? null : { id, line, attributes };
}

function toEdge(line: number, pairs: Pair[], directed: boolean, problems: Problem[]): NetworkEdge | null {
  const source = reference(pairs, 'source', 'edge', line, problems);
  const target = reference(pairs, 'target', 'edge', line, problems);
  const attributes = attributesOf(pairs.filter((p) => p.key !== 'source' && p.key !== 'target'), problems);
  return source === null || target === null ? null : { source, target, line, directed, attributes };
}

/** A node id or an edge end: a number (the norm) or a string, once. */
function reference(pairs: Pair[], key: string, element: string, line: number, problems: Problem[]): string | null {
  const given = pairs.filter((p) => p.key === key);
  if (given.length === 0) {
    problems.push(problemAt(line, `${element} needs ${key === 'id' ? 'an' : 'a'} ${key}`));
    return null;
  }
  for (const extra of given.slice(1)) problems.push(problemAt(extra.line, `${element} gives ${key} twice (first on line ${given[0].line})`));
  const value = given[0].value;
  if (Array.isArray(value)) {
    problems.push(problemAt(given[0].line, `${key} must be a number or a string, not a [ list ]`));
    return null;
  }
  return String(value);
}

function attributesOf(pairs: Pair[], problems: Problem[]): Attributes {
  const attributes: Attributes = {};
  const firstLine = new Map<string, number>();
  for (const pair of pairs) {
    if (Array.isArray(pair.value)) continue;
    const first = firstLine.get(pair.key);
    if (first !== undefined) problems.push(problemAt(pair.line, `"${pair.key}" is given twice (first on line ${first})`));
    else {
      firstLine.set(pair.key, pair.line);
      attributes[pair.key] = pair.value;
    }
  }
  return attributes;
}
