import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGraphml } from '../../src/domain/network/graphml';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/networks', name), 'utf8');

/** A GraphML file around the given lines, with the usual header on lines 1-2. */
const graphml = (...lines: string[]) => ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', ...lines, '</graphml>'].join('\n');

describe('parseGraphml on Internet Topology Zoo backbones', () => {
  // Counted from topohub 1.5.1's JSON (len(nodes), len(edges)); see test/fixtures/networks/SOURCES.md.
  test.each([
    ['abilene.graphml', 11, 14],
    ['geant2012.graphml', 37, 58],
    ['uninett2011.graphml', 66, 93],
  ])('%s has %i nodes and %i edges and no problems', (file, nodes, edges) => {
    const { document, problems } = parseGraphml(fixture(file));
    expect(problems).toEqual([]);
    expect(document?.nodes).toHaveLength(nodes);
    expect(document?.edges).toHaveLength(edges);
    expect(document?.directed).toBe(false);
    expect(document?.edges.every((e) => !e.directed)).toBe(true);
  });

  test('typed attributes are kept: labels as strings, coordinates and distances as numbers', () => {
    const { document } = parseGraphml(fixture('abilene.graphml'));
    expect(document?.attributes).toEqual({ name: 'Abilene' });
    expect(document?.nodes[0]).toEqual({ id: '0', line: 11, attributes: { label: 'New York', Latitude: 40.71, Longitude: -74.01 } });
    expect(document?.edges[0]).toEqual({ source: '0', target: '1', line: 22, directed: false, attributes: { dist: 1146.16 } });
  });
});

describe('parseGraphml', () => {
  test('keys give names, types and defaults; a key without attr.name is named by its id', () => {
    const { document, problems } = parseGraphml(
      graphml(
        '<key id="k0" for="node" attr.name="capacity" attr.type="int"><default>10</default></key>',
        '<key id="k1" for="node" attr.name="core" attr.type="boolean"/>',
        '<key id="k2" for="all" attr.name="note"/>',
        '<key id="owner" for="node" attr.type="string"/>',
        '<key id="k4" for="edge" attr.name="gbps" attr.type="float"/>',
        '<graph edgedefault="undirected">',
        '  <data key="k2">the core</data>',
        '  <node id="a"><data key="k0">40</data><data key="k1">true</data><data key="owner">isp</data></node>',
        '  <node id="b"><data key="k1">0</data></node>',
        '  <edge source="a" target="b"><data key="k4">1.5e1</data><data key="k2">leased</data></edge>',
        '</graph>',
      ),
    );
    expect(problems).toEqual([]);
    expect(document).toEqual({
      directed: false,
      attributes: { note: 'the core' },
      nodes: [
        { id: 'a', line: 10, attributes: { capacity: 40, core: true, owner: 'isp' } },
        { id: 'b', line: 11, attributes: { capacity: 10, core: false } },
      ],
      edges: [{ source: 'a', target: 'b', line: 12, directed: false, attributes: { gbps: 15, note: 'leased' } }],
    });
  });

  test('a key for a name already taken is a problem naming the first earlier key whose domain overlaps', () => {
    const { problems } = parseGraphml(
      graphml(
        '<key id="k0" for="node" attr.name="x"/>',
        '<key id="k1" for="edge" attr.name="x"/>',
        '<key id="k2" for="all" attr.name="x"/>',
        '<key id="k3" for="edge" attr.name="x"/><key id="k4" for="graph" attr.name="x"/>',
        '<key id="k5" for="all" attr.name="y"/><key id="k6" for="node" attr.name="y"/>',
        '<graph/>',
      ),
    );
    expect(problems).toEqual([
      { path: 'line 5', message: 'key "k2" names attribute "x", as key "k0" on line 3 does' },
      { path: 'line 6', message: 'key "k3" names attribute "x", as key "k1" on line 4 does' },
      { path: 'line 6', message: 'key "k4" names attribute "x", as key "k2" on line 5 does' },
      { path: 'line 7', message: 'key "k6" names attribute "y", as key "k5" on line 7 does' },
    ]);
  });

  test('a default fills in an attribute whose name an Object already has ("constructor")', () => {
    const { document } = parseGraphml(graphml('<key id="d0" for="node" attr.name="constructor"><default>Cisco</default></key>', '<graph><node id="a"/></graph>'));
    expect(document?.nodes[0].attributes).toEqual({ constructor: 'Cisco' });
  });

  test('edgedefault="directed" directs every edge unless the edge says directed="false"', () => {
    const { document } = parseGraphml(
      graphml('<graph edgedefault="directed">', '<node id="a"/><node id="b"/>', '<edge source="a" target="b"/>', '<edge source="b" target="a" directed="false"/>', '</graph>'),
    );
    expect(document?.directed).toBe(true);
    expect(document?.edges.map((e) => e.directed)).toEqual([true, false]);
  });

  test('drawing data of other namespaces (yEd) is skipped, not read as an attribute', () => {
    const { document, problems } = parseGraphml(
      [
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">',
        '<key id="d0" for="node" yfiles.type="nodegraphics"/>',
        '<key id="d1" for="node" attr.name="label" attr.type="string"/>',
        '<graph edgedefault="undirected">',
        '<node id="a"><data key="d0"><y:ShapeNode><y:Geometry x="1" y="2"/></y:ShapeNode></data><data key="d1">A</data></node>',
        '</graph></graphml>',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(document?.nodes[0].attributes).toEqual({ label: 'A' });
  });

  test('malformed XML: every problem with its line, a never-closed element where it opened, and no document', () => {
    const { document, problems } = parseGraphml(
      graphml('<graph edgedefault="undirected">', '<node id=a/>', '<node id="b">', '<edge source="a" target="b"/>', '</graph>'),
    );
    expect(document).toBeNull();
    expect(problems).toEqual([
      { path: 'line 4', message: 'malformed XML: unquoted attribute value' },
      { path: 'line 4', message: 'malformed XML: <node> is never closed (a close tag on line 7 ends its parent)' },
      { path: 'line 5', message: 'malformed XML: <node> is never closed (a close tag on line 7 ends its parent)' },
    ]);
  });

  test('text that is not XML is a problem on line 1', () => {
    expect(parseGraphml('graph [ node [ id 0 ] ]')).toEqual({
      document: null,
      problems: [
        { path: 'line 1', message: 'malformed XML: text data outside of root node' },
        { path: 'line 1', message: 'malformed XML: document must contain a root element' },
      ],
    });
  });

  test('unknown edge ends, duplicate ids, missing ids and bad values are all listed, in file order', () => {
    const { document, problems } = parseGraphml(
      graphml(
        '<key id="d0" for="node" attr.name="capacity" attr.type="int"/>',
        '<graph edgedefault="undirected">',
        '<node id="a"/>',
        '<node id="a"/>',
        '<node/>',
        '<node id="c"><data key="d0">lots</data><data key="d9">x</data></node>',
        '<edge source="a" target="z"/>',
        '<edge target="c"/>',
        '</graph>',
      ),
    );
    expect(document).toBeNull();
    expect(problems).toEqual([
      { path: 'line 6', message: 'node id "a" is already used by the node on line 5' },
      { path: 'line 7', message: '<node> needs an id' },
      { path: 'line 8', message: '"lots" is not a int (key "d0")' },
      { path: 'line 8', message: '<data> refers to key "d9", which is not declared' },
      { path: 'line 9', message: 'edge target "z" is not a node of this network' },
      { path: 'line 10', message: '<edge> needs a source' },
    ]);
  });

  test.each([
    ['a root other than <graphml>', '<graph/>', 'line 1', 'the root element is <graph>, not <graphml>'],
    ['no graph at all', graphml(), 'line 3', 'holds no <graph>'],
    ['a hyperedge', graphml('<graph>', '<hyperedge/>', '</graph>'), 'line 4', 'hyperedges are not supported: a link has two ends'],
    ['a nested graph', graphml('<graph>', '<node id="a"><graph/></node>', '</graph>'), 'line 4', 'nested graphs are not supported: a network is one flat graph'],
    ['a second graph', graphml('<graph/>', '<graph/>'), 'line 4', 'a second <graph>: a network file holds one graph'],
    ['an unknown attr.type', graphml('<key id="d0" attr.type="date"/>', '<graph/>'), 'line 3', 'key "d0" has attr.type "date" (known: boolean, int, long, float, double, string)'],
    ['a key used on the wrong element', graphml('<key id="d0" for="edge"/>', '<graph><node id="a"><data key="d0">x</data></node></graph>'), 'line 4', 'key "d0" is declared for edge, not node'],
    ['a bad edgedefault', graphml('<graph edgedefault="both"/>'), 'line 3', 'edgedefault must be "directed" or "undirected", not "both"'],
    ['a bad default', graphml('<key id="d0" attr.type="double">', '<default>far</default></key>', '<graph/>'), 'line 4', 'default "far" is not a double (key "d0")'],
  ])('%s is a problem', (_case, text, path, message) => {
    const { document, problems } = parseGraphml(text);
    expect(document).toBeNull();
    expect(problems).toEqual([{ path, message }]);
  });
});
