import { Problem } from '../errors';

/**
 * A network file as read, before it means anything to Cascade: what the GraphML and GML parsers
 * both produce and `networkToWorld` consumes. Ids are the file's own (GML's numbers as strings);
 * `line` is where the element starts, so every later problem can point back into the file.
 */
export type AttributeValue = string | number | boolean;

export type Attributes = Record<string, AttributeValue>;

export interface NetworkNode {
  id: string;
  line: number;
  attributes: Attributes;
}

export interface NetworkEdge {
  source: string;
  target: string;
  line: number;
  /** Traffic flows only from source to target; otherwise both ways. */
  directed: boolean;
  attributes: Attributes;
}

export interface NetworkDocument {
  /** The file's default for its edges; each edge carries its own answer in `directed`. */
  directed: boolean;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Graph-level attributes (GraphML keys for="graph", GML keys of `graph` that are not nodes or edges). */
  attributes: Attributes;
}

/** A problem at a line of the parsed file; callers that know the file name may prefix it. */
export function problemAt(line: number, message: string): Problem {
  return { path: `line ${line}`, message };
}

/** Problems in file order; problems on one line keep the order they were found in. */
export function byLine(problems: Problem[]): Problem[] {
  const lineOf = (p: Problem) => Number(/^line (\d+)/.exec(p.path)?.[1] ?? 0);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((x, y) => lineOf(x.p) - lineOf(y.p) || x.i - y.i)
    .map(({ p }) => p);
}

/**
 * The checks both formats share, once the file has been read: node ids are unique and every edge
 * ends at a node. Every problem is listed, each at the line of the element that has it.
 */
export function checkNetworkDocument(document: NetworkDocument): Problem[] {
  const problems: Problem[] = [];
  const firstLine = new Map<string, number>();
  for (const node of document.nodes) {
    const first = firstLine.get(node.id);
    if (first === undefined) firstLine.set(node.id, node.line);
    else problems.push(problemAt(node.line, `node id "${node.id}" is already used by the node on line ${first}`));
  }
  for (const edge of document.edges) {
    for (const end of ['source', 'target'] as const) {
      if (!firstLine.has(edge[end])) problems.push(problemAt(edge.line, `edge ${end} "${edge[end]}" is not a node of this network`));
    }
  }
  return problems;
}
