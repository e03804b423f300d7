import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGml } from '../../src/domain/network/gml';
import { parseGraphml } from '../../src/domain/network/graphml';
import { NetworkDocument, NetworkEdge, NetworkNode } from '../../src/domain/network/networkDocument';
import { networkToWorld, slugify } from '../../src/domain/network/networkToWorld';
import { World } from '../../src/domain/world';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/networks', name), 'utf8');

const read = (file: string): NetworkDocument => {
  const { document, problems } = file.endsWith('.gml') ? parseGml(fixture(file)) : parseGraphml(fixture(file));
  if (!document) throw new Error(`${file}: ${JSON.stringify(problems)}`);
  return document;
};

const options = (prefix: string) => ({ networkId: `${prefix}.network`, networkName: prefix, idPrefix: prefix });

const count = (world: World, type: string) => world.relationships.filter((r) => r.type === type).length;

const document = (nodes: [string, string?][], edges: [string, string, boolean?][]): NetworkDocument => ({
  directed: false,
  attributes: {},
  nodes: nodes.map(([id, label], i): NetworkNode => ({ id, line: i + 1, attributes: label === undefined ? {} : { label } })),
  edges: edges.map(([source, target, directed], i): NetworkEdge => ({ source, target, line: 100 + i, directed: directed ?? false, attributes: {} })),
});

describe('networkToWorld on Internet Topology Zoo backbones', () => {
  test('Abilene: a Network holding 11 routers and 14 links, each link joined to its two ends', () => {
    const { world, notes } = networkToWorld(read('abilene.graphml'), { ...options('abilene'), networkName: 'Abilene', ownerId: 'internet2' });
    expect(notes).toEqual([]);
    expect(world.nodes[0]).toEqual({ label: 'Network', id: 'abilene.network', properties: { name: 'Abilene' } });
    expect(world.nodes.filter((n) => n.properties.kind === 'ROUTER')).toHaveLength(11);
    expect(world.nodes.filter((n) => n.properties.kind === 'NETWORK_LINK')).toHaveLength(14);
    expect(world.nodes[1]).toEqual({
      label: 'Component',
      id: 'abilene.new-york',
      properties: { name: 'New York', kind: 'ROUTER', attributes: '{"Latitude":40.71,"Longitude":-74.01,"label":"New York"}' },
    });
    expect(world.nodes.find((n) => n.id === 'abilene.new-york--chicago')).toEqual({
      label: 'Component',
      id: 'abilene.new-york--chicago',
      properties: { name: 'New York – Chicago', kind: 'NETWORK_LINK', attributes: '{"dist":1146.16}' },
    });
    expect(world.relationships).toEqual(
      expect.arrayContaining([
        { type: 'HAS_ELEMENT', from: 'abilene.network', to: 'abilene.new-york' },
        { type: 'HAS_ELEMENT', from: 'abilene.network', to: 'abilene.new-york--chicago' },
        { type: 'CONNECTS_FROM', from: 'abilene.new-york--chicago', to: 'abilene.new-york' },
        { type: 'CONNECTS_TO', from: 'abilene.new-york--chicago', to: 'abilene.chicago' },
        { type: 'OWNED_BY', from: 'abilene.new-york--chicago', to: 'internet2' },
      ]),
    );
    expect([count(world, 'HAS_ELEMENT'), count(world, 'CONNECTS_FROM'), count(world, 'CONNECTS_TO'), count(world, 'OWNED_BY')]).toEqual([25, 14, 14, 25]);
  });

  test('the GraphML and the GML of Abilene give the same world', () => {
    expect(networkToWorld(read('abilene.gml'), options('abilene'))).toEqual(networkToWorld(read('abilene.graphml'), options('abilene')));
  });

  test.each([
    ['abilene.graphml', 11, 14],
    ['geant2012.graphml', 37, 58],
    ['uninett2011.graphml', 66, 93],
  ])('%s: ids are unique, every relationship joins nodes of the world, and a second run gives the same ids', (file, routers, links) => {
    const { world } = networkToWorld(read(file), options('net'));
    const ids = world.nodes.map((n) => n.id);
    expect(ids).toHaveLength(1 + routers + links);
    expect(new Set(ids).size).toBe(ids.length);
    expect(world.relationships.every((r) => ids.includes(r.from) && ids.includes(r.to))).toBe(true);
    expect(networkToWorld(read(file), options('net')).world.nodes.map((n) => n.id)).toEqual(ids);
  });

  test('UNINETT 2011 labels two routers "UiO" and two "UiTo": -2 in document order, also in the link between them', () => {
    const { world } = networkToWorld(read('uninett2011.graphml'), options('uninett'));
    const ids = world.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['uninett.uio', 'uninett.uio-2', 'uninett.uito', 'uninett.uito-2', 'uninett.uio--uio-2', 'uninett.uito--uito-2']));
    expect(world.nodes.find((n) => n.id === 'uninett.uio-2')?.properties.name).toBe('UiO');
    expect(world.nodes.find((n) => n.id === 'uninett.uio--uio-2')?.properties.name).toBe('UiO – UiO');
    expect(world.nodes.find((n) => n.id === 'uninett.sa-sh-kautokeino')?.properties.name).toBe('SA/SH Kautokeino');
  });
});

describe('networkToWorld', () => {
  test('parallel edges get -2, -3; only directed links say so; a node without a label is named by its id', () => {
    const { world } = networkToWorld(
      document([['r1', 'Oslo'], ['r2']], [['r1', 'r2'], ['r1', 'r2', true], ['r1', 'r2'], ['r2', 'r1']]),
      options('x'),
    );
    expect(world.nodes.slice(1).map((n) => [n.id, n.properties.name, n.properties.directed])).toEqual([
      ['x.oslo', 'Oslo', undefined],
      ['x.r2', 'r2', undefined],
      ['x.oslo--r2', 'Oslo – r2', undefined],
      ['x.oslo--r2-2', 'Oslo – r2', true],
      ['x.oslo--r2-3', 'Oslo – r2', undefined],
      ['x.r2--oslo', 'r2 – Oslo', undefined],
    ]);
    expect(world.nodes.every((n) => !('directed' in n.properties) || n.properties.directed === true)).toBe(true);
  });

  test('a self-loop is skipped with a note; without ownerId there is no OWNED_BY', () => {
    const { world, notes } = networkToWorld(document([['a', 'A'], ['b', 'B']], [['a', 'a'], ['a', 'b']]), options('x'));
    expect(notes).toEqual(['line 100: the edge from "A" to itself is skipped (a link has two ends)']);
    expect(world.nodes.map((n) => n.id)).toEqual(['x.network', 'x.a', 'x.b', 'x.a--b']);
    expect(count(world, 'OWNED_BY')).toBe(0);
  });

  test('slugs that repeat a -2 already taken move on, and labels without letters fall back to the id', () => {
    const { world } = networkToWorld(document([['1', 'A'], ['2', 'A-2'], ['3', 'A'], ['4', '???'], ['5', '']], []), options('x'));
    expect(world.nodes.slice(1).map((n) => n.id)).toEqual(['x.a', 'x.a-2', 'x.a-3', 'x.4', 'x.5']);
  });

  test('20,000 routers with one label get x, x-2 ... x-20000 in document order (each name found in one step, not by counting up from 2)', () => {
    const many = document(Array.from({ length: 20_000 }, (_, i): [string, string] => [`n${i}`, 'Core']), []);
    const ids = networkToWorld(many, options('x')).world.nodes.slice(1).map((n) => n.id);
    expect(new Set(ids).size).toBe(20_000);
    expect([ids[0], ids[1], ids[19_999]]).toEqual(['x.core', 'x.core-2', 'x.core-20000']);
  });

  test('attributes are JSON with sorted keys, whatever order the file gave them in', () => {
    const doc = document([['a']], []);
    doc.nodes[0].attributes = { zeta: 1, alpha: true, Mid: 'm' };
    expect(networkToWorld(doc, options('x')).world.nodes[1].properties.attributes).toBe('{"Mid":"m","alpha":true,"zeta":1}');
  });

  test.each([
    ['Zürich HB', 'zurich-hb'],
    ['SA/SH  Kautokeino', 'sa-sh-kautokeino'],
    ['--a--b--', 'a-b'],
    ['東京', ''],
  ])('slugify(%j) is %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
