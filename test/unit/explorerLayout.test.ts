import { assignLayers, layeredLayout } from '../../web/explorer/layout';

const box = (id: string) => ({ id, width: 100, height: 40 });

describe('explorer layered layout', () => {
  test('each node sits one layer above its highest supporter', () => {
    // power -> router -> group -> service -> offering -> people; power also feeds the service directly.
    const edges = [
      { source: 'power', target: 'router' },
      { source: 'router', target: 'group' },
      { source: 'group', target: 'service' },
      { source: 'power', target: 'service' },
      { source: 'service', target: 'offering' },
      { source: 'offering', target: 'people' },
    ];
    const layers = assignLayers(['people', 'offering', 'service', 'group', 'router', 'power'], edges);
    expect(Object.fromEntries(layers)).toEqual({ power: 0, router: 1, group: 2, service: 3, offering: 4, people: 5 });
  });

  test('infrastructure is drawn below its consumers', () => {
    const positions = layeredLayout(['a', 'b', 'c'].map(box), [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ]);
    expect(positions.get('a')!.y).toBeGreaterThan(positions.get('b')!.y);
    expect(positions.get('b')!.y).toBeGreaterThan(positions.get('c')!.y);
  });

  test('the members of a cycle share a layer and the layout terminates', () => {
    const edges = [
      { source: 'dns', target: 'directory' },
      { source: 'directory', target: 'dns' },
      { source: 'power', target: 'dns' },
      { source: 'directory', target: 'portal' },
    ];
    const layers = assignLayers(['portal', 'dns', 'directory', 'power'], edges);
    expect(layers.get('dns')).toBe(layers.get('directory'));
    expect(layers.get('power')).toBe(0);
    expect(layers.get('portal')).toBe(layers.get('dns')! + 1);
  });

  test('nodes in a row do not overlap, and a wide layer wraps onto rows', () => {
    const nodes = Array.from({ length: 25 }, (_, i) => box(`n${i}`));
    const positions = layeredLayout(nodes, [], { maxPerRow: 10, gapX: 20 });
    const rows = new Map<number, number[]>();
    for (const p of positions.values()) (rows.get(p.y) ?? rows.set(p.y, []).get(p.y)!).push(p.x);
    expect([...rows.values()].map((r) => r.length).sort()).toEqual([10, 10, 5]);
    for (const xs of rows.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(120);
    }
  });

  // How fast is for a benchmark, not a test: a loaded CI machine would fail a time bound for nothing.
  test('edges to nodes not drawn are ignored, and thousands of nodes are laid out', () => {
    const count = 5000;
    const nodes = Array.from({ length: count }, (_, i) => box(`n${i}`));
    const edges = Array.from({ length: count * 2 }, (_, i) => ({ source: `n${i % count}`, target: `n${(i * 7 + 13) % count}` }));
    edges.push({ source: 'n1', target: 'missing' });
    const positions = layeredLayout(nodes, edges);
    expect(positions.size).toBe(count);
    expect(positions.has('missing')).toBe(false);
  });
});
