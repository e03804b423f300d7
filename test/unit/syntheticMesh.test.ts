import { buildTopology } from '../../src/domain/impact/topology';
import { syntheticMesh } from '../../bench/syntheticMesh';

const SMALL = { routers: 60, sites: 6, links: 200, connectivities: 100, transit: 3, seed: 7 };

describe('syntheticMesh at 60 routers, 200 links, 100 customers', () => {
  const generated = syntheticMesh(SMALL);
  const { mesh, plain, probes, shape } = generated;
  const graph = buildTopology(mesh).graph;
  const kinds = (data: typeof mesh) => {
    const counts: Record<string, number> = {};
    for (const n of data.nodes) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
    return counts;
  };

  test('the same seed builds the same mesh, and another seed another one', () => {
    expect(syntheticMesh(SMALL)).toEqual(generated);
    expect(syntheticMesh({ ...SMALL, seed: 8 })).not.toEqual(generated);
  });

  test('it holds the routers, sites, links and customers asked for, each customer with a service, an offering and people', () => {
    const model = graph.networkModel(probes.network);
    expect(model.nodes).toHaveLength(60);
    expect(model.links).toHaveLength(200);
    expect(mesh.nodes.filter((n) => /^mesh\.site-\d+\.power$/.test(n.id))).toHaveLength(6);
    expect(kinds(mesh)).toEqual({ Network: 1, Component: 6 + 60 + 200, Connectivity: 100, Service: 100, ServiceOffering: 100 });
    expect(shape).toMatchObject({ routers: 60, sites: 6, links: 200, connectivities: 100, transit: 3 });
    expect(shape.singleHomed + shape.dualHomedInSite + shape.dualHomedAcrossSites).toBe(100);
    expect(mesh.facts.filter((f) => f.type === 'TARGETS')).toHaveLength(100);
    expect(mesh.groups.every((g) => g.size >= 10)).toBe(true);
  });

  test('links mix inside a site and between sites, and a few are directed', () => {
    expect(shape.intraSiteLinks).toBeGreaterThan(50);
    expect(shape.interSiteLinks).toBeGreaterThan(50);
    const directed = graph.networkModel(probes.network).links.filter((l) => l.directed).length;
    expect(directed).toBe(shape.directedLinks);
    expect(directed).toBeGreaterThan(0);
    expect(directed).toBeLessThan(20);
  });

  test('every router depends on its own site power feed', () => {
    for (const router of graph.networkModel(probes.network).nodes) {
      const site = router.replace(/\.rtr-\d+$/, '');
      expect(graph.needs(router).map((e) => [e.type, e.to])).toEqual([['DEPENDS_ON', `${site}.power`]]);
    }
  });

  test('the mesh is connected by its two-way links alone', () => {
    const model = graph.networkModel(probes.network);
    const next = new Map<string, string[]>(model.nodes.map((id) => [id, []]));
    for (const link of model.links.filter((l) => !l.directed)) {
      next.get(link.a)!.push(link.b);
      next.get(link.b)!.push(link.a);
    }
    const seen = new Set([model.nodes[0]]);
    const queue = [model.nodes[0]];
    for (let head = 0; head < queue.length; head += 1) {
      for (const other of next.get(queue[head])!) {
        if (seen.has(other)) continue;
        seen.add(other);
        queue.push(other);
      }
    }
    expect(seen.size).toBe(60);
  });

  test('every connectivity is routable with nothing failed', () => {
    expect(graph.unroutableConnectivities()).toEqual([]);
  });

  test('the probes name a busy non-transit router, a site without transit and a customer dual-homed across sites', () => {
    const transitSites = probes.transit.map((id) => id.replace(/\.rtr-\d+$/, ''));
    expect(probes.transit).toHaveLength(3);
    expect(probes.transit).not.toContain(probes.router);
    expect(transitSites).not.toContain(probes.site);
    expect(probes.sitePower).toBe(`${probes.site}.power`);
    const points = graph.connectivityModel(probes.connectivity)!;
    expect(points.to).toEqual(probes.transit);
    expect(new Set(points.from.map((id) => id.replace(/\.rtr-\d+$/, ''))).size).toBe(2);
  });

  test('the plain graph has the same nodes and as many impact edges, and no networks', () => {
    const ids = (data: typeof mesh) => data.nodes.map((n) => n.id).sort();
    expect(ids(plain)).toEqual(ids(mesh));
    expect(plain.edges).toHaveLength(mesh.edges.length);
    expect(plain.networkEnds).toEqual([]);
    expect(kinds(plain)).toEqual({ RedundancyGroup: 1, Component: 6 + 60 + 200 + 100, Service: 100, ServiceOffering: 100 });
  });

  test('options out of range are refused', () => {
    expect(() => syntheticMesh({ ...SMALL, links: 10 })).toThrow(/links must be/);
    expect(() => syntheticMesh({ ...SMALL, routers: 10 })).toThrow(/routers must be/);
    expect(() => syntheticMesh({ ...SMALL, transit: 6 })).toThrow(/transit/);
  });
});
