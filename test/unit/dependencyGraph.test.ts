import { DependencyNodeKind, GraphDirection } from '../../src/domain/graph/closure';
import { DependencyGraph, buildDependencyGraph, checkGraphOptions } from '../../src/domain/graph/dependencyGraph';
import { ValidationError } from '../../src/domain/errors';
import { buildClosure } from '../helpers/closureBuilder';

interface Question {
  root: string;
  stored: string[];
  direction?: GraphDirection;
  depth?: number;
  maxNodes?: number;
  collapse?: DependencyNodeKind[];
  kinds?: Record<string, string>;
  beyond?: string[];
}

function graphOf(q: Question): DependencyGraph {
  const closure = buildClosure(q.root, q.stored, { kinds: q.kinds, beyond: q.beyond });
  return buildDependencyGraph(
    closure,
    checkGraphOptions({ direction: q.direction, depth: q.depth ?? 10, maxNodes: q.maxNodes, collapseKinds: q.collapse }),
  );
}

/** Nodes as `id@depth`, in answer order. */
const nodes = (graph: DependencyGraph) => graph.nodes.map((n) => `${n.id}@${n.depth}`);

/** Edges as `from -> to TYPE [STRENGTH] [via x,y]`, in answer order. */
const edges = (graph: DependencyGraph) =>
  graph.edges.map((e) => [`${e.from} -> ${e.to} ${e.type}`, e.strength, e.via.length > 0 ? `via ${e.via.join(',')}` : null].filter(Boolean).join(' '));

describe('collapsing', () => {
  type Case = Question & { rule: string; nodes: string[]; edges: string[] };
  const cases: Case[] = [
    {
      rule: 'a collapsed group joins its dependant to each member',
      root: 's',
      stored: ['s -> g', 'g => a', 'g => b'],
      collapse: ['RedundancyGroup'],
      nodes: ['s@0', 'a@2', 'b@2'],
      edges: ['s -> a COLLAPSED HARD via g', 's -> b COLLAPSED HARD via g'],
    },
    {
      rule: 'a soft dependency anywhere along the route makes the collapsed edge SOFT',
      root: 's',
      stored: ['s ~> g', 'g => a'],
      collapse: ['RedundancyGroup'],
      nodes: ['s@0', 'a@2'],
      edges: ['s -> a COLLAPSED SOFT via g'],
    },
    {
      rule: 'a hard route makes the edge HARD even when a shorter soft one exists, and via follows the hard one',
      root: 's',
      stored: ['s ~> g1', 'g1 => a', 's -> g2', 'g2 => g3', 'g3 => a'],
      collapse: ['RedundancyGroup'],
      nodes: ['s@0', 'a@2'],
      edges: ['s -> a COLLAPSED HARD via g2,g3'],
    },
    {
      rule: 'nested collapsed nodes are listed in order along the route',
      root: 's',
      stored: ['s -> outer', 'outer => inner', 'inner => a'],
      collapse: ['RedundancyGroup'],
      nodes: ['s@0', 'a@3'],
      edges: ['s -> a COLLAPSED HARD via outer,inner'],
    },
    {
      rule: 'via follows a shortest route',
      root: 's',
      stored: ['s -> c1', 'c1 -> c2', 'c2 -> c3', 'c3 -> t', 's -> c4', 'c4 -> t'],
      kinds: { s: 'Service', t: 'Service' },
      collapse: ['Component'],
      nodes: ['s@0', 't@2'],
      edges: ['s -> t COLLAPSED HARD via c4'],
    },
    {
      rule: 'stored edges between shown nodes stay next to the collapsed ones',
      root: 's',
      stored: ['s -> a', 's -> g', 'g => a'],
      collapse: ['RedundancyGroup'],
      nodes: ['s@0', 'a@1'],
      edges: ['s -> a COLLAPSED HARD via g', 's -> a DEPENDS_ON HARD'],
    },
    {
      rule: 'the root is never collapsed',
      root: 'g',
      stored: ['g => a', 'g => h', 'h => b'],
      collapse: ['RedundancyGroup'],
      nodes: ['g@0', 'a@1', 'b@2'],
      edges: ['g -> a HAS_MEMBER', 'g -> b COLLAPSED HARD via h'],
    },
    {
      rule: 'a route back to its start is not an edge',
      root: 'a',
      stored: ['a -> g', 'g => a', 'g => b'],
      collapse: ['RedundancyGroup'],
      nodes: ['a@0', 'b@2'],
      edges: ['a -> b COLLAPSED HARD via g'],
    },
    {
      rule: 'collapsing offerings downstream makes the consumer group the dependant of the service',
      root: 's',
      direction: 'DOWNSTREAM',
      stored: ['o -+> s', 'o -T-> cg', 'i -I-> s'],
      collapse: ['ServiceOffering'],
      nodes: ['s@0', 'i@1', 'cg@2'],
      edges: ['cg -> s COLLAPSED HARD via o', 'i -> s INTERFACE_OF'],
    },
    {
      rule: 'several kinds collapse at once',
      root: 'o',
      stored: ['o -+> s', 's -> g', 'g => c', 'c -> t'],
      kinds: { t: 'Service' },
      collapse: ['RedundancyGroup', 'Component'],
      nodes: ['o@0', 's@1', 't@4'],
      edges: ['o -> s INCLUDES', 's -> t COLLAPSED HARD via g,c'],
    },
    {
      rule: 'collapsing a kind the graph lacks changes nothing',
      root: 's',
      stored: ['s -> a', 'a ~> b'],
      collapse: ['ConsumerGroup'],
      nodes: ['s@0', 'a@1', 'b@2'],
      edges: ['a -> b DEPENDS_ON SOFT', 's -> a DEPENDS_ON HARD'],
    },
  ];

  test.each(cases)('$rule', (c) => {
    const graph = graphOf(c);
    expect(nodes(graph)).toEqual(c.nodes);
    expect(edges(graph)).toEqual(c.edges);
    expect(graph.truncated).toBe(false);
  });
});

describe('depth and size caps', () => {
  type Case = Question & { rule: string; nodes: string[]; edges?: string[]; truncatedBy: string[] };
  const chain = ['r -> a', 'a -> b', 'b -> c'];
  const cases: Case[] = [
    { rule: 'nodes further than depth are left out and the answer says so', root: 'r', stored: chain, depth: 2, nodes: ['r@0', 'a@1', 'b@2'], edges: ['a -> b DEPENDS_ON HARD', 'r -> a DEPENDS_ON HARD'], truncatedBy: ['depth'] },
    { rule: 'a depth that reaches everything truncates nothing', root: 'r', stored: chain, depth: 3, nodes: ['r@0', 'a@1', 'b@2', 'c@3'], truncatedBy: [] },
    { rule: 'depth counts the nearest route', root: 'r', stored: [...chain, 'r -> c'], depth: 1, nodes: ['r@0', 'a@1', 'c@1'], edges: ['r -> a DEPENDS_ON HARD', 'r -> c DEPENDS_ON HARD'], truncatedBy: ['depth'] },
    { rule: 'edges between nodes at the cap are kept', root: 'r', stored: ['r -> a', 'r -> b', 'a -> b', 'b -> c'], depth: 1, nodes: ['r@0', 'a@1', 'b@1'], edges: ['a -> b DEPENDS_ON HARD', 'r -> a DEPENDS_ON HARD', 'r -> b DEPENDS_ON HARD'], truncatedBy: ['depth'] },
    { rule: 'a node past what the store fetched counts as beyond the cap', root: 'r', stored: chain, beyond: ['c'], depth: 10, nodes: ['r@0', 'a@1', 'b@2'], truncatedBy: ['depth'] },
    { rule: 'downstream walks against the arrows', root: 'c', stored: chain, direction: 'DOWNSTREAM', depth: 2, nodes: ['c@0', 'b@1', 'a@2'], edges: ['a -> b DEPENDS_ON HARD', 'b -> c DEPENDS_ON HARD'], truncatedBy: ['depth'] },
    { rule: 'maxNodes keeps the nearest nodes, ties by id', root: 'r', stored: ['r -> z', 'r -> y', 'r -> x', 'x -> w'], maxNodes: 3, nodes: ['r@0', 'x@1', 'y@1'], edges: ['r -> x DEPENDS_ON HARD', 'r -> y DEPENDS_ON HARD'], truncatedBy: ['maxNodes'] },
    { rule: 'maxNodes counts the nodes left after collapsing', root: 's', stored: ['s -> g', 'g => a', 'g => b'], collapse: ['RedundancyGroup'], maxNodes: 3, nodes: ['s@0', 'a@2', 'b@2'], truncatedBy: [] },
    { rule: 'collapsed edges to nodes cut by maxNodes go with them', root: 's', stored: ['s -> g', 'g => a', 'g => b'], collapse: ['RedundancyGroup'], maxNodes: 2, nodes: ['s@0', 'a@2'], edges: ['s -> a COLLAPSED HARD via g'], truncatedBy: ['maxNodes'] },
    { rule: 'both caps can cut at once', root: 'r', stored: ['r -> a', 'r -> b', 'a -> c'], depth: 1, maxNodes: 2, nodes: ['r@0', 'a@1'], truncatedBy: ['depth', 'maxNodes'] },
    { rule: 'maxNodes of one leaves the root alone', root: 'r', stored: chain, maxNodes: 1, nodes: ['r@0'], edges: [], truncatedBy: ['maxNodes'] },
  ];

  test.each(cases)('$rule', (c) => {
    const graph = graphOf(c);
    expect(nodes(graph)).toEqual(c.nodes);
    if (c.edges) expect(edges(graph)).toEqual(c.edges);
    expect(graph.truncatedBy).toEqual(c.truncatedBy);
    expect(graph.truncated).toBe(c.truncatedBy.length > 0);
    expect(graph.root.id).toBe(c.root);
  });
});

describe('cycles', () => {
  type Case = Question & { rule: string; nodes: string[]; edges: string[] };
  const cases: Case[] = [
    { rule: 'a cycle through the root terminates', root: 'a', stored: ['a -> b', 'b -> c', 'c -> a'], nodes: ['a@0', 'b@1', 'c@2'], edges: ['a -> b DEPENDS_ON HARD', 'b -> c DEPENDS_ON HARD', 'c -> a DEPENDS_ON HARD'] },
    { rule: 'a self-loop is an edge like any other', root: 'a', stored: ['a -> a', 'a -> b'], nodes: ['a@0', 'b@1'], edges: ['a -> a DEPENDS_ON HARD', 'a -> b DEPENDS_ON HARD'] },
    { rule: 'a cycle downstream terminates', root: 'x', direction: 'DOWNSTREAM', stored: ['a -> b', 'b -> a', 'b -> x'], nodes: ['x@0', 'b@1', 'a@2'], edges: ['a -> b DEPENDS_ON HARD', 'b -> a DEPENDS_ON HARD', 'b -> x DEPENDS_ON HARD'] },
    { rule: 'a cycle of collapsed nodes terminates', root: 's', stored: ['s -> g1', 'g1 => g2', 'g2 => g1', 'g2 => a'], collapse: ['RedundancyGroup'], nodes: ['s@0', 'a@3'], edges: ['s -> a COLLAPSED HARD via g1,g2'] },
  ];

  test.each(cases)('$rule', (c) => {
    const graph = graphOf(c);
    expect(nodes(graph)).toEqual(c.nodes);
    expect(edges(graph)).toEqual(c.edges);
  });
});

describe('graph options', () => {
  test('defaults: upstream, depth 6, 2000 nodes, nothing collapsed', () => {
    expect(checkGraphOptions({})).toEqual({ direction: 'UPSTREAM', depth: 6, maxNodes: 2000, collapseKinds: [] });
  });

  test.each([
    ['depth 0', { depth: 0 }, /depth must be between 1 and 50, got 0/],
    ['depth 51', { depth: 51 }, /depth must be between 1 and 50, got 51/],
    ['a fractional depth', { depth: 1.5 }, /depth/],
    ['maxNodes 0', { maxNodes: 0 }, /maxNodes must be between 1 and 20000, got 0/],
    ['maxNodes 20001', { maxNodes: 20001 }, /maxNodes must be between 1 and 20000, got 20001/],
  ])('%s is BAD_USER_INPUT', (_case, input, message) => {
    expect(() => checkGraphOptions(input)).toThrow(ValidationError);
    expect(() => checkGraphOptions(input)).toThrow(message);
  });

  test('the bounds themselves are accepted', () => {
    expect(checkGraphOptions({ depth: 50, maxNodes: 20000 })).toMatchObject({ depth: 50, maxNodes: 20000 });
    expect(checkGraphOptions({ depth: 1, maxNodes: 1 })).toMatchObject({ depth: 1, maxNodes: 1 });
  });
});

describe('untidy data', () => {
  test('nodes of kinds a dependency graph does not hold are neither shown nor walked through', () => {
    const graph = graphOf({ root: 's', stored: ['s -> p', 'p -> x', 's -> a'], kinds: { p: 'Product' } });
    expect(nodes(graph)).toEqual(['s@0', 'a@1']);
    expect(graph.truncated).toBe(false);
  });

  test('a consumer group root walks to the offerings that target it, then on', () => {
    const graph = graphOf({ root: 'cg', stored: ['o -T-> cg', 'o -+> s', 's -> c'], depth: 2 });
    expect(nodes(graph)).toEqual(['cg@0', 'o@1', 's@2']);
    expect(edges(graph)).toEqual(['o -> cg TARGETS', 'o -> s INCLUDES']);
    expect(graph.truncatedBy).toEqual(['depth']);
  });
});
