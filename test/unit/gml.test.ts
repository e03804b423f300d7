import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGml } from '../../src/domain/network/gml';
import { parseGraphml } from '../../src/domain/network/graphml';
import { NetworkDocument } from '../../src/domain/network/networkDocument';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/networks', name), 'utf8');

/** The document without line numbers, which differ between two formats of one network. */
const withoutLines = (document: NetworkDocument | null) =>
  document && {
    ...document,
    nodes: document.nodes.map(({ id, attributes }) => ({ id, attributes })),
    edges: document.edges.map(({ source, target, directed, attributes }) => ({ source, target, directed, attributes })),
  };

describe('parseGml on the Internet Topology Zoo', () => {
  test('Abilene has 11 nodes and 14 edges, numeric ids read as strings, attributes kept', () => {
    const { document, problems } = parseGml(fixture('abilene.gml'));
    expect(problems).toEqual([]);
    expect(document?.nodes).toHaveLength(11);
    expect(document?.edges).toHaveLength(14);
    expect(document?.attributes).toEqual({ name: 'Abilene' });
    expect(document?.nodes[0]).toEqual({ id: '0', line: 5, attributes: { label: 'New York', Latitude: 40.71, Longitude: -74.01 } });
    expect(document?.edges[0]).toEqual({ source: '0', target: '1', line: 71, directed: false, attributes: { dist: 1146.16 } });
  });

  test('the GML and the GraphML of Abilene read as the same document', () => {
    const gml = parseGml(fixture('abilene.gml')).document;
    const graphml = parseGraphml(fixture('abilene.graphml')).document;
    expect(withoutLines(gml)).toEqual(withoutLines(graphml));
  });
});

describe('parseGml', () => {
  test('comments, entities, multi-line strings, string ids and directed graphs', () => {
    const { document, problems } = parseGml(
      [
        '# written by hand',
        'Creator "test"',
        'graph [',
        '  directed 1',
        '  label "R&amp;D &quot;core&quot; Tr&#248;ndelag"',
        '  node [ id 0 label "A" Internal 1 ]',
        '  node [ id "b" label "B" ]',
        '  edge [ source 0 target "b" LinkSpeed 1e1 LinkNote "two',
        'lines" ]',
        '  edge [ source "b" target 0 ]',
        ']',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(document).toEqual({
      directed: true,
      attributes: { label: 'R&D "core" Trøndelag' },
      nodes: [
        { id: '0', line: 6, attributes: { label: 'A', Internal: 1 } },
        { id: 'b', line: 7, attributes: { label: 'B' } },
      ],
      edges: [
        { source: '0', target: 'b', line: 8, directed: true, attributes: { LinkSpeed: 10, LinkNote: 'two\nlines' } },
        { source: 'b', target: '0', line: 10, directed: true, attributes: {} },
      ],
    });
  });

  test('nested lists (drawing data) are dropped, repeated keys inside them included', () => {
    const { document, problems } = parseGml('graph [ node [ id 0 graphics [ x 1.5 y -2 Line [ point [ x 1 ] point [ x 2 ] ] ] label "A" ] ]');
    expect(problems).toEqual([]);
    expect(document?.nodes[0].attributes).toEqual({ label: 'A' });
  });

  test('an unclosed bracket is reported where it opened, and every other unclosed one too', () => {
    expect(parseGml(['graph [', '  node [ id 0', '  node [ id 1 ]', '  edge [ source 0 target 1 ]'].join('\n'))).toEqual({
      document: null,
      problems: [
        { path: 'line 1', message: 'the [ of "graph" opened here is never closed' },
        { path: 'line 2', message: 'the [ of "node" opened here is never closed' },
      ],
    });
  });

  test('every problem is listed with its line, in file order, and there is no document', () => {
    const { document, problems } = parseGml(
      [
        'graph [',
        '  node [ id 0 label "A" label "B" ]',
        '  node [ id 0 ]',
        '  node [ label "no id" ]',
        '  edge [ source 0 ]',
        '  edge [ target 0 ]',
        '  edge [ source 0 target 7 ]',
        '  edge [ source 0 target 0 weight ]',
        '  1.5 Country "NO"',
        '  node [ id 1abc ]',
        '  directed 2',
        ']',
        ']',
      ].join('\n'),
    );
    expect(document).toBeNull();
    expect(problems).toEqual([
      { path: 'line 2', message: '"label" is given twice (first on line 2)' },
      { path: 'line 3', message: 'node id "0" is already used by the node on line 2' },
      { path: 'line 4', message: 'node needs an id' },
      { path: 'line 5', message: 'edge needs a target' },
      { path: 'line 6', message: 'edge needs a source' },
      { path: 'line 7', message: 'edge target "7" is not a node of this network' },
      { path: 'line 8', message: 'key "weight" has no value' },
      { path: 'line 9', message: 'expected a key, found 1.5' },
      { path: 'line 10', message: '"1abc" is neither a key, a number, a "string" nor a bracket' },
      { path: 'line 11', message: 'directed must be 0 or 1' },
      { path: 'line 13', message: 'a ] that closes no [' },
    ]);
  });

  test.each([
    ['an unclosed string', 'graph [ node [ id 0 label "A ] ]', ['a string opened here is never closed', 'the [ of "graph" opened here is never closed', 'the [ of "node" opened here is never closed']],
    ['no graph', 'node [ id 0 ]', ['holds no graph [ ... ]']],
    ['a graph that is not a list', 'graph 1', ['graph must be a [ list ]']],
    ['a node that is not a list', 'graph [ node 1 ]', ['node must be a [ list ]']],
    ['an id that is a list', 'graph [ node [ id [ x 1 ] ] ]', ['id must be a number or a string, not a [ list ]']],
    ['a second graph', 'graph [ ] graph [ ]', ['a second graph: a network file holds one graph']],
  ])('%s is a problem', (_case, text, messages) => {
    const { document, problems } = parseGml(text);
    expect(document).toBeNull();
    expect(problems).toEqual(messages.map((message) => ({ path: 'line 1', message })));
  });
});
