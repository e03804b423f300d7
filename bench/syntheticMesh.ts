/**
 * A synthetic carrier backbone for the network benchmark (bench/runNetworkBench.ts), as the
 * in-memory topology data the impact engine is built from, and a plain graph of the same size to
 * compare it with.
 *
 * The mesh: one Network of `routers` routers spread evenly over `sites` sites, each router
 * DEPENDS_ON its site's power feed (so "one site" is one power feed failing). `links` links: a
 * random spanning tree (a tree inside each site, then a tree joining the sites) plus random extra
 * links, half inside a site and half between sites, a few of them directed. `transit` transit
 * routers in distinct sites. `connectivities` customers, each a Connectivity through the network,
 * ATTACHED_AT one router (15%), two routers of one site (70%) or two routers of different sites
 * (15%), and REACHES every transit router (any exit will do); the customer's Service DEPENDS_ON its
 * connectivity, a ServiceOffering INCLUDES the service and TARGETS the customer's consumer group
 * (10 to ~30,000 people), so people counts are real.
 *
 * The plain graph has the same nodes (ids included) and as many impact edges, one for each edge of
 * the mesh, without networks: the Network becomes a RedundancyGroup (minUp 1) HAS_MEMBER every
 * router; each link DEPENDS_ON its first router instead of being an element; each Connectivity
 * becomes an access-circuit Component that DEPENDS_ON its first attachment point instead of running
 * THROUGH the network (dual homing cannot be said without more nodes). So both graphs hold the
 * same number of nodes and edges and the impact of a router or a power feed reaches the same
 * customers' services and offerings, which makes the plain engine's time a fair floor.
 *
 * Deterministic: one seeded PRNG (mulberry32, as in syntheticWorld.ts) drives every choice.
 */
import type { ImpactEdge, ImpactNode, NetworkEnd } from '../src/domain/impact/impactGraph';
import { Fact, TopologyData, targetFacts } from '../src/domain/impact/topology';
import { prng } from './prng';

export interface SyntheticMeshOptions {
  routers?: number;
  sites?: number;
  links?: number;
  connectivities?: number;
  transit?: number;
  seed?: number;
}

export const MESH_DEFAULTS = { routers: 2_000, sites: 100, links: 10_000, connectivities: 5_000, transit: 8, seed: 42 } as const;

/** What the benchmark fails and asks about. */
export interface MeshProbes {
  /** The network. */
  network: string;
  /** The non-transit router with the most single-homed customers, then the most customers (the first such, by id). */
  router: string;
  /** A site without a transit router, and its power feed (failing it takes the site's routers down). */
  site: string;
  sitePower: string;
  /** The first customer dual-homed across two sites. */
  connectivity: string;
  transit: string[];
}

export interface MeshShape {
  routers: number;
  sites: number;
  links: number;
  intraSiteLinks: number;
  interSiteLinks: number;
  directedLinks: number;
  connectivities: number;
  singleHomed: number;
  dualHomedInSite: number;
  dualHomedAcrossSites: number;
  transit: number;
}

export interface SyntheticMesh {
  mesh: TopologyData;
  plain: TopologyData;
  probes: MeshProbes;
  shape: MeshShape;
}

const NETWORK = 'mesh.backbone';
const CARRIER = 'mesh.carrier';

interface Link {
  id: string;
  a: number;
  b: number;
  directed: boolean;
  interSite: boolean;
}

export function syntheticMesh(options: SyntheticMeshOptions = {}): SyntheticMesh {
  const { routers, sites, links, connectivities, transit, seed } = { ...MESH_DEFAULTS, ...options };
  const whole = (name: string, value: number, least: number) => {
    if (!Number.isInteger(value) || value < least) throw new Error(`syntheticMesh: ${name} must be an integer of at least ${least}, got ${value}`);
  };
  whole('sites', sites, 2);
  whole('routers', routers, 2 * sites);
  whole('links', links, routers - 1);
  whole('connectivities', connectivities, 1);
  whole('transit', transit, 1);
  if (transit >= sites) throw new Error(`syntheticMesh: transit (${transit}) must be fewer than sites (${sites})`);
  if (links > (routers * (routers - 1)) / 4) throw new Error(`syntheticMesh: ${links} links are too many for ${routers} routers`);

  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pad = (n: number, of: number) => String(n).padStart(String(of).length, '0');

  // --- Sites and routers: as even as the numbers allow ---------------------------------------------
  const siteIds = Array.from({ length: sites }, (_, s) => `mesh.site-${pad(s + 1, sites)}`);
  const siteRouters: number[][] = siteIds.map(() => []);
  const routerIds: string[] = [];
  const siteOf: number[] = [];
  for (let s = 0; s < sites; s += 1) {
    const count = Math.floor(routers / sites) + (s < routers % sites ? 1 : 0);
    for (let k = 0; k < count; k += 1) {
      siteRouters[s].push(routerIds.length);
      siteOf.push(s);
      routerIds.push(`${siteIds[s]}.rtr-${pad(k + 1, count)}`);
    }
  }
  const powerOf = (s: number) => `${siteIds[s]}.power`;

  // --- Links: a spanning tree, then extra links, at most one per pair of routers ------------------
  const meshLinks: Link[] = [];
  const pairs = new Set<number>();
  const addLink = (a: number, b: number, directed: boolean): boolean => {
    const key = Math.min(a, b) * routers + Math.max(a, b);
    if (a === b || pairs.has(key)) return false;
    pairs.add(key);
    meshLinks.push({ id: `mesh.link-${pad(meshLinks.length + 1, links)}`, a, b, directed, interSite: siteOf[a] !== siteOf[b] });
    return true;
  };
  for (const members of siteRouters) {
    const order = shuffle([...members], int);
    for (let k = 1; k < order.length; k += 1) addLink(order[int(k)], order[k], false);
  }
  const siteOrder = shuffle([...siteIds.keys()], int);
  for (let k = 1; k < siteOrder.length; k += 1) {
    const here = siteRouters[siteOrder[k]];
    const there = siteRouters[siteOrder[int(k)]];
    addLink(there[int(there.length)], here[int(here.length)], false);
  }
  for (let attempts = 0; meshLinks.length < links; attempts += 1) {
    if (attempts > 100 * links) throw new Error(`syntheticMesh: could not place ${links} distinct links`);
    const directed = random() < 0.02;
    if (random() < 0.5) {
      const members = siteRouters[int(sites)];
      addLink(members[int(members.length)], members[int(members.length)], directed);
    } else {
      addLink(int(routers), int(routers), directed);
    }
  }

  // --- Transit routers, one in each of `transit` distinct sites ------------------------------------
  const transitSites = shuffle([...siteIds.keys()], int).slice(0, transit).sort((x, y) => x - y);
  const transitRouters = transitSites.map((s) => siteRouters[s][int(siteRouters[s].length)]);

  // --- Customers --------------------------------------------------------------------------------------
  const attachments: number[][] = [];
  let singleHomed = 0;
  let dualHomedInSite = 0;
  for (let c = 0; c < connectivities; c += 1) {
    const roll = random();
    if (roll < 0.15) {
      singleHomed += 1;
      attachments.push([int(routers)]);
    } else if (roll < 0.85) {
      dualHomedInSite += 1;
      const members = siteRouters[int(sites)];
      const first = int(members.length);
      const second = (first + 1 + int(members.length - 1)) % members.length;
      attachments.push([members[first], members[second]]);
    } else {
      const first = int(routers);
      let second = int(routers);
      while (siteOf[second] === siteOf[first]) second = int(routers);
      attachments.push([first, second]);
    }
  }
  const customerIds = Array.from({ length: connectivities }, (_, c) => `mesh.cust-${pad(c + 1, connectivities)}`);
  const peopleOf = customerIds.map(() => Math.round(10 ** (1 + 3.5 * random())));

  // --- The mesh as topology data -----------------------------------------------------------------------
  const nodes: ImpactNode[] = [{ id: NETWORK, kind: 'Network', name: 'Backbone' }];
  const edges: ImpactEdge[] = [];
  const ends: NetworkEnd[] = [];
  const hard = (from: string, to: string, type: ImpactEdge['type']) => edges.push({ from, to, type, strength: 'HARD' });
  siteIds.forEach((id, s) => nodes.push({ id: powerOf(s), kind: 'Component', name: `${id} power feed` }));
  routerIds.forEach((id, r) => {
    nodes.push({ id, kind: 'Component', name: `Router ${id}` });
    hard(id, powerOf(siteOf[r]), 'DEPENDS_ON');
    hard(NETWORK, id, 'HAS_ELEMENT');
  });
  for (const link of meshLinks) {
    nodes.push({ id: link.id, kind: 'Component', name: `Link ${routerIds[link.a]} - ${routerIds[link.b]}`, ...(link.directed ? { directed: true } : {}) });
    hard(NETWORK, link.id, 'HAS_ELEMENT');
    ends.push({ type: 'CONNECTS_FROM', from: link.id, to: routerIds[link.a] }, { type: 'CONNECTS_TO', from: link.id, to: routerIds[link.b] });
  }
  customerIds.forEach((customer, c) => {
    const cx = `${customer}.cx`;
    nodes.push({ id: cx, kind: 'Connectivity', name: `${customer} internet access` });
    hard(cx, NETWORK, 'THROUGH');
    for (const r of attachments[c]) ends.push({ type: 'ATTACHED_AT', from: cx, to: routerIds[r] });
    for (const r of transitRouters) ends.push({ type: 'REACHES', from: cx, to: routerIds[r] });
  });
  const customerNodes = (cxKind: 'Connectivity' | 'Component'): ImpactNode[] =>
    customerIds.flatMap((customer) => [
      ...(cxKind === 'Component' ? [{ id: `${customer}.cx`, kind: cxKind, name: `${customer} access circuit` }] : []),
      { id: `${customer}.svc`, kind: 'Service' as const, name: `${customer} internet service` },
      { id: `${customer}.offering`, kind: 'ServiceOffering' as const, name: `${customer} internet offering` },
    ]);
  const customerEdges: ImpactEdge[] = customerIds.flatMap((customer) => [
    { from: `${customer}.svc`, to: `${customer}.cx`, type: 'DEPENDS_ON', strength: 'HARD' },
    { from: `${customer}.offering`, to: `${customer}.svc`, type: 'INCLUDES', strength: 'HARD' },
  ]);
  nodes.push(...customerNodes('Connectivity'));
  edges.push(...customerEdges);

  const targets = customerIds.map((customer, c) => ({ offeringId: `${customer}.offering`, consumerGroupId: `${customer}.users`, name: `${customer} users`, size: peopleOf[c] }));
  // Who stands behind: the carrier provides and owns, each customer consumes its offering through a service relationship.
  const owned = (id: string): Fact => ({ type: 'OWNED_BY', from: id, to: CARRIER });
  const people = targetFacts(targets);
  const facts: Fact[] = [
    ...people.facts,
    ...customerIds.flatMap((customer): Fact[] => [
      { type: 'PROVIDED_BY', from: `${customer}.svc`, to: CARRIER },
      { type: 'COVERS', from: `${customer}.sr`, to: `${customer}.offering` },
      { type: 'HAS_CONSUMER', from: `${customer}.sr`, to: customer },
      owned(`${customer}.offering`),
    ]),
    ...nodes.filter((n) => n.kind === 'Component').map((n) => owned(n.id)),
  ];
  const version = `mesh-r${routers}-s${sites}-l${links}-c${connectivities}-t${transit}-seed${seed}`;
  const mesh: TopologyData = { version, nodes, edges, groups: people.groups, facts, networkEnds: ends };

  // --- The plain graph: the same nodes, one edge for each edge of the mesh -----------------------------
  const plainNodes: ImpactNode[] = [{ id: NETWORK, kind: 'RedundancyGroup', name: 'Backbone routers', minUp: 1, minUpPercent: null }];
  const plainEdges: ImpactEdge[] = [];
  const plainHard = (from: string, to: string, type: ImpactEdge['type']) => plainEdges.push({ from, to, type, strength: 'HARD' });
  siteIds.forEach((id, s) => plainNodes.push({ id: powerOf(s), kind: 'Component', name: `${id} power feed` }));
  routerIds.forEach((id, r) => {
    plainNodes.push({ id, kind: 'Component', name: `Router ${id}` });
    plainHard(id, powerOf(siteOf[r]), 'DEPENDS_ON');
    plainHard(NETWORK, id, 'HAS_MEMBER');
  });
  for (const link of meshLinks) {
    plainNodes.push({ id: link.id, kind: 'Component', name: `Link ${routerIds[link.a]} - ${routerIds[link.b]}` });
    plainHard(link.id, routerIds[link.a], 'DEPENDS_ON');
  }
  customerIds.forEach((customer, c) => plainHard(`${customer}.cx`, routerIds[attachments[c][0]], 'DEPENDS_ON'));
  plainNodes.push(...customerNodes('Component'));
  plainEdges.push(...customerEdges);
  const plain: TopologyData = {
    version: `${version}-plain`,
    nodes: plainNodes,
    edges: plainEdges,
    groups: people.groups,
    facts: [...facts, ...customerIds.map((customer) => owned(`${customer}.cx`))],
    networkEnds: [],
  };

  // --- Probes -------------------------------------------------------------------------------------------
  const attached = new Array<number>(routers).fill(0);
  const alone = new Array<number>(routers).fill(0);
  for (const points of attachments) {
    for (const r of points) attached[r] += 1;
    if (points.length === 1) alone[points[0]] += 1;
  }
  const isTransit = new Set(transitRouters);
  const busier = (r: number, than: number) => alone[r] - alone[than] || attached[r] - attached[than];
  let router = -1;
  for (let r = 0; r < routers; r += 1) if (!isTransit.has(r) && (router < 0 || busier(r, router) > 0)) router = r;
  const site = siteIds.findIndex((_, s) => !transitSites.includes(s));
  const across = attachments.findIndex((points) => points.length === 2 && siteOf[points[0]] !== siteOf[points[1]]);
  const probes: MeshProbes = {
    network: NETWORK,
    router: routerIds[router],
    site: siteIds[site],
    sitePower: powerOf(site),
    connectivity: `${customerIds[across >= 0 ? across : 0]}.cx`,
    transit: transitRouters.map((r) => routerIds[r]),
  };

  const interSiteLinks = meshLinks.filter((l) => l.interSite).length;
  const shape: MeshShape = {
    routers,
    sites,
    links: meshLinks.length,
    intraSiteLinks: meshLinks.length - interSiteLinks,
    interSiteLinks,
    directedLinks: meshLinks.filter((l) => l.directed).length,
    connectivities,
    singleHomed,
    dualHomedInSite,
    dualHomedAcrossSites: connectivities - singleHomed - dualHomedInSite,
    transit,
  };
  return { mesh, plain, probes, shape };
}

function shuffle<T>(items: T[], int: (n: number) => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = int(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
