/**
 * A synthetic estate in the model of docs/model.md (The graph model), scaled by its number of
 * components, for benchmarks: a hosting provider's data centres (power, cooling, a redundant network
 * from core pairs down to top-of-rack pairs) hosting the servers, clusters, databases and
 * applications of several enterprises, whose services, interfaces and offerings reach consumer
 * groups of realistic sizes; two ISPs and a power utility underneath.
 *
 * Deterministic: one seeded PRNG drives every choice (no Math.random), so the same options give the
 * same world, node for node and relationship for relationship.
 *
 * Shape at 100_000 components (about): 4 data centres, 7 enterprises, 1,700 racks, 54,000 servers,
 * 150,000 nodes, 400,000 DEPENDS_ON + HAS_MEMBER relationships. Ids read like `syn.dc1.tor-17a`.
 */
import type { PropertyValue, World, WorldNode, WorldRelationship } from '../src/domain/world';
import { prng } from './prng';

export interface SyntheticProbes {
  /** A core router: one of a pair, so failing it degrades its whole data centre and brings nothing down. */
  coreRouter: string;
  /** A service with a large upstream (the biggest enterprise's top-level service). */
  topService: string;
  /** Five services/offerings that failing `symptomCause` alone takes DOWN together. */
  symptoms: string[];
  /** The single component whose failure takes all of `symptoms` down. */
  symptomCause: string;
  /** One top-of-rack switch of a pair: a small blast radius (its rack's servers DEGRADED). */
  torSwitch: string;
}

export type SyntheticWorld = World & { probes: SyntheticProbes };

type Props = Record<string, PropertyValue>;
type Strength = 'HARD' | 'SOFT';
type GroupRule = { minUp: number } | { minUpPercent: number };

interface EnterpriseTemplate {
  name: string;
  kind: string;
  capabilities: string[];
  customers: { name: string; min: number; max: number };
  employees: { min: number; max: number };
}

const ENTERPRISES: EnterpriseTemplate[] = [
  {
    name: 'Harbourside Bank',
    kind: 'Bank',
    capabilities: ['Payments', 'Current accounts', 'Cards', 'Mortgages', 'Savings', 'Fraud screening', 'Loans', 'Foreign exchange', 'Statements', 'Onboarding'],
    customers: { name: 'Retail account holders', min: 1_500_000, max: 3_000_000 },
    employees: { min: 9_000, max: 20_000 },
  },
  {
    name: 'Meridian Retail',
    kind: 'Retailer',
    capabilities: ['Orders', 'Inventory', 'Checkout', 'Loyalty', 'Pricing', 'Delivery slots', 'Returns', 'Store replenishment'],
    customers: { name: 'Online shoppers', min: 800_000, max: 4_000_000 },
    employees: { min: 15_000, max: 60_000 },
  },
  {
    name: 'Northstar Insurance',
    kind: 'Insurer',
    capabilities: ['Claims', 'Policies', 'Quotes', 'Underwriting', 'Renewals', 'Broker portal'],
    customers: { name: 'Policy holders', min: 400_000, max: 1_800_000 },
    employees: { min: 3_000, max: 9_000 },
  },
  {
    name: 'St Anselm Health Trust',
    kind: 'Hospital',
    capabilities: ['Patient records', 'Appointments', 'Lab results', 'Pharmacy', 'Radiology imaging', 'Bed management'],
    customers: { name: 'Patients', min: 200_000, max: 900_000 },
    employees: { min: 6_000, max: 14_000 },
  },
  {
    name: 'Tidewater Logistics',
    kind: 'Logistics',
    capabilities: ['Shipment tracking', 'Route planning', 'Warehouse management', 'Customs', 'Fleet telemetry'],
    customers: { name: 'Shippers', min: 20_000, max: 120_000 },
    employees: { min: 4_000, max: 12_000 },
  },
  {
    name: 'City of Eastmere',
    kind: 'Government agency',
    capabilities: ['Permits', 'Tax collection', 'Citizen portal', 'Waste collection', 'Parking'],
    customers: { name: 'Residents', min: 300_000, max: 700_000 },
    employees: { min: 2_000, max: 6_000 },
  },
  {
    name: 'Kestrel Air',
    kind: 'Airline',
    capabilities: ['Booking', 'Check-in', 'Crew scheduling', 'Baggage', 'Loyalty miles'],
    customers: { name: 'Passengers', min: 1_000_000, max: 5_000_000 },
    employees: { min: 5_000, max: 15_000 },
  },
  {
    name: 'Aldergate University',
    kind: 'University',
    capabilities: ['Enrolment', 'Learning platform', 'Library', 'Research computing', 'Exams'],
    customers: { name: 'Students', min: 15_000, max: 45_000 },
    employees: { min: 2_000, max: 5_000 },
  },
];

const CHANNELS = ['WEB', 'MOBILE_APP', 'API', 'PORTAL', 'PHONE'] as const;
const AVAILABILITY = [99.5, 99.9, 99.95, 99.99];

/** A slot for an application instance on a cluster, allocated while racks are built. */
interface AppSlot {
  dc: number;
  cluster: string;
}

/** A slot for a database instance on a database server. */
interface DbSlot {
  dc: number;
  block: number;
  server: string;
  index: number;
  storage: string;
}

interface Enterprise {
  id: string;
  template: EnterpriseTemplate;
  weight: number;
  dcs: Set<number>;
  appSlots: AppSlot[];
  dbSlots: DbSlot[];
  appGroups: string[];
  dbGroups: string[];
  /** Business services, customer-facing first. */
  businessServices: string[];
}

interface DataCentre {
  n: number;
  racks: number;
  blocks: number;
  /** Racks in the current block, and how many it takes. */
  blockRacks: number;
  blockSize: number;
  storage: string[];
}

class Estate {
  readonly nodes: WorldNode[] = [];
  readonly relationships: WorldRelationship[] = [];
  components = 0;
  private readonly relationshipKeys = new Set<string>();

  constructor(private readonly random: () => number) {}

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  node(label: string, id: string, name: string, props: Props = {}): string {
    this.nodes.push({ label, id, properties: { name, ...props } });
    return id;
  }

  /** At most one relationship per type and pair (the store MERGEs on that): the first one stays. */
  rel(type: string, from: string, to: string, properties?: Props): void {
    const key = `${type} ${from} ${to}`;
    if (this.relationshipKeys.has(key)) return;
    this.relationshipKeys.add(key);
    this.relationships.push(properties ? { type, from, to, properties } : { type, from, to });
  }

  dep(from: string, to: string, strength: Strength = 'HARD'): void {
    this.rel('DEPENDS_ON', from, to, { strength });
  }

  component(
    id: string,
    kind: string,
    name: string,
    owner: string,
    opts: { location?: string; product?: string; needs?: (string | [string, Strength])[] } = {},
  ): string {
    this.components += 1;
    this.node('Component', id, name, opts.location ? { kind, location: opts.location } : { kind });
    this.rel('OWNED_BY', id, owner);
    if (opts.product) this.rel('CONFIGURED_FROM', id, opts.product);
    for (const need of opts.needs ?? []) {
      if (typeof need === 'string') this.dep(id, need);
      else this.dep(id, need[0], need[1]);
    }
    return id;
  }

  group(id: string, name: string, rule: GroupRule, members: string[], owner: string): string {
    this.node('RedundancyGroup', id, name, { ...rule });
    this.rel('OWNED_BY', id, owner);
    for (const member of members) this.rel('HAS_MEMBER', id, member);
    return id;
  }

  /** Two components of one kind and a group needing one of them: the estate's basic redundancy. */
  pair(
    base: string,
    kind: string,
    name: string,
    owner: string,
    opts: { location?: string; product?: string; needs?: (string | [string, Strength])[]; suffixes?: [string, string] },
  ): string {
    const [a, b] = opts.suffixes ?? ['a', 'b'];
    const members = [a, b].map((s) => this.component(`${base}${s}`, kind, `${name} ${s.replace(/^-/, '').toUpperCase()}`, owner, opts));
    return this.group(base.replace(/-$/, ''), `${name} pair`, { minUp: 1 }, members, owner);
  }

  service(id: string, name: string, provider: string, props: Props = {}): string {
    this.node('Service', id, name, {
      availabilityTarget: this.pick(AVAILABILITY),
      features: [name.toLowerCase()],
      ...props,
    });
    this.rel('PROVIDED_BY', id, provider);
    return id;
  }

  consumerGroup(id: string, name: string, org: string, role: 'CUSTOMER' | 'USER' | 'SPONSOR', size: number): string {
    this.node('ConsumerGroup', id, name, { role, size });
    this.rel('PART_OF', id, org);
    return id;
  }

  offering(id: string, name: string, org: string, includes: string[], targets: string[], through: string[]): string {
    this.node('ServiceOffering', id, name, { goods: [], accessToResources: [name], serviceActions: ['support'] });
    this.rel('OFFERED_BY', id, org);
    for (const s of includes) this.rel('INCLUDES', id, s);
    for (const g of targets) this.rel('TARGETS', id, g);
    for (const i of through) this.rel('ACCESSED_THROUGH', id, i);
    return id;
  }

  serviceRelationship(id: string, name: string, provider: string, consumer: string, covers: string[], availability: number): void {
    this.node('ServiceRelationship', id, name, {
      provision: 'operate and support the offering',
      consumption: 'use within agreed volumes',
      relationshipManagement: 'quarterly service review',
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    });
    this.rel('HAS_PROVIDER', id, provider);
    this.rel('HAS_CONSUMER', id, consumer);
    for (const o of covers) this.rel('COVERS', id, o);
    const sl = this.node('ServiceLevel', `${id}.sl-availability`, `${name}: availability`, { metric: 'availability', target: availability, unit: '%' });
    this.rel('AGREES', id, sl);
  }
}

/**
 * Builds the estate. `components` is the number of Component nodes aimed at (the result lands
 * within a few percent); the other labels scale along with it.
 */
export function syntheticWorld(opts: { components: number; seed: number }): SyntheticWorld {
  if (!Number.isInteger(opts.components) || opts.components < 500) {
    throw new Error(`syntheticWorld: components must be an integer of at least 500, got ${opts.components}`);
  }
  const e = new Estate(prng(opts.seed));
  const target = opts.components;
  const dcCount = Math.min(8, Math.max(2, Math.round(target / 25_000)));
  const entCount = Math.min(ENTERPRISES.length, Math.max(2, Math.round(target / 15_000)));

  // --- Organisations and products -----------------------------------------------------------------
  const HOST = 'syn.host';
  const POWER = 'syn.power';
  const ISPS = ['syn.isp1', 'syn.isp2'];
  e.node('Organization', ISPS[0], 'Northwind Fibre', { kind: 'ISP' });
  e.node('Organization', ISPS[1], 'Bluewave Networks', { kind: 'ISP' });
  e.node('Organization', POWER, 'Eastmere Power & Light', { kind: 'Power utility' });
  e.node('Organization', HOST, 'Granite Colocation', { kind: 'Managed hosting provider' });
  const vendors = {
    net: e.node('Organization', 'syn.vendor.northgate', 'Northgate Systems', { kind: 'Network vendor' }),
    compute: e.node('Organization', 'syn.vendor.corex', 'Corex Computing', { kind: 'Server vendor' }),
    storage: e.node('Organization', 'syn.vendor.datavault', 'DataVault', { kind: 'Storage vendor' }),
    facility: e.node('Organization', 'syn.vendor.voltline', 'Voltline', { kind: 'Power and cooling vendor' }),
    software: e.node('Organization', 'syn.vendor.opensoft', 'Opensoft Foundation', { kind: 'Software vendor' }),
  };
  const product = (id: string, name: string, maker: string, vendor: string, version: string): string => {
    e.node('Product', id, name, { vendor, version });
    e.rel('MADE_BY', id, maker);
    return id;
  };
  const P = {
    coreRouter: product('syn.product.northgate.cr-9000', 'CR-9000 core router', vendors.net, 'Northgate Systems', '17.4'),
    aggSwitch: product('syn.product.northgate.as-7200', 'AS-7200 aggregation switch', vendors.net, 'Northgate Systems', '10.2'),
    torSwitch: product('syn.product.northgate.ts-48', 'TS-48 top-of-rack switch', vendors.net, 'Northgate Systems', '10.2'),
    firewall: product('syn.product.northgate.fw-5500', 'FW-5500 firewall', vendors.net, 'Northgate Systems', '7.1'),
    lb: product('syn.product.northgate.lb-3000', 'LB-3000 load balancer', vendors.net, 'Northgate Systems', '16.1'),
    server: product('syn.product.corex.r760', 'Corex R760 server', vendors.compute, 'Corex Computing', 'gen 16'),
    dbServer: product('syn.product.corex.r960', 'Corex R960 database server', vendors.compute, 'Corex Computing', 'gen 16'),
    storage: product('syn.product.datavault.dv-x9', 'DV-X9 storage array', vendors.storage, 'DataVault', '9.2'),
    pdu: product('syn.product.voltline.pdu-32', 'PDU-32 rack PDU', vendors.facility, 'Voltline', '3'),
    ups: product('syn.product.voltline.ups-500', 'UPS-500', vendors.facility, 'Voltline', '5'),
    generator: product('syn.product.voltline.gen-2000', 'GEN-2000 diesel generator', vendors.facility, 'Voltline', '2'),
    crac: product('syn.product.voltline.crac-80', 'CRAC-80 cooling unit', vendors.facility, 'Voltline', '4'),
    appServer: product('syn.product.opensoft.appserver', 'Opensoft application server', vendors.software, 'Opensoft Foundation', '11'),
    database: product('syn.product.opensoft.postgres', 'Opensoft PostgreSQL', vendors.software, 'Opensoft Foundation', '16'),
  };

  // --- Power utility --------------------------------------------------------------------------------
  const substations = [1, 2, 3].map((i) =>
    e.component(`syn.power.substation-${i}`, 'POWER', `Substation ${i}`, POWER, { location: `Eastmere grid zone ${i}` }),
  );
  const grid = e.group('syn.power.grid', 'Eastmere grid (N+1 substations)', { minUp: 2 }, substations, POWER);
  const gridSupply = e.service('syn.power.grid-supply', 'Business grid supply', POWER, { availabilityTarget: 99.99 });
  e.dep(gridSupply, grid);
  const powerCustomers = e.consumerGroup('syn.power.cg.business-customers', 'Business electricity customers', POWER, 'CUSTOMER', 42_000);
  const powerIf = e.node('ServiceInterface', 'syn.power.if.grid-connection', 'Grid connection', { channel: 'NETWORK' });
  e.rel('INTERFACE_OF', powerIf, gridSupply);
  const powerOffering = e.offering('syn.power.offering.business-supply', 'Business electricity supply', POWER, [gridSupply], [powerCustomers], [powerIf]);

  // --- ISPs: core pair, transit pair, a provider-edge pair and an access circuit per data centre -----
  const ispInternet: string[] = [];
  const ispOfferings: string[] = [];
  const accessLinks: string[][] = ISPS.map(() => []);
  ISPS.forEach((isp, k) => {
    const ups = e.pair(`${isp}.pop-ups-`, 'POWER', 'POP UPS', isp, { suffixes: ['1', '2'], product: P.ups, location: 'Main POP' });
    const core = e.group(
      `${isp}.core-routers`,
      'Core routers',
      { minUp: 1 },
      [1, 2].map((i) => e.component(`${isp}.core-rtr-${i}`, 'ROUTER', `Core router ${i}`, isp, { product: P.coreRouter, location: 'Main POP', needs: [ups] })),
      isp,
    );
    const transit = e.group(
      `${isp}.transit`,
      'Upstream transit',
      { minUp: 1 },
      [1, 2].map((i) => e.component(`${isp}.transit-${i}`, 'NETWORK_LINK', `Transit link ${i}`, isp, { needs: [core] })),
      isp,
    );
    for (let d = 1; d <= dcCount; d++) {
      const pe = e.pair(`${isp}.pe-dc${d}-`, 'ROUTER', `Provider edge for DC${d}`, isp, { product: P.coreRouter, location: 'Main POP', needs: [core] });
      accessLinks[k].push(e.component(`${isp}.access-dc${d}`, 'NETWORK_LINK', `Access circuit to DC${d}`, isp, { needs: [pe] }));
    }
    const internet = e.service(`${isp}.business-internet`, 'Business internet', isp, { availabilityTarget: 99.95 });
    e.dep(internet, core);
    e.dep(internet, transit);
    const vpn = e.service(`${isp}.mpls-vpn`, 'MPLS VPN', isp, { availabilityTarget: 99.95 });
    e.dep(vpn, core);
    const netIf = e.node('ServiceInterface', `${isp}.if.network`, 'Network hand-off', { channel: 'NETWORK' });
    e.rel('INTERFACE_OF', netIf, internet);
    const portal = e.node('ServiceInterface', `${isp}.if.portal`, 'Customer portal', { channel: 'PORTAL' });
    e.rel('INTERFACE_OF', portal, internet);
    const cg = e.consumerGroup(`${isp}.cg.business-customers`, 'Business customers', isp, 'CUSTOMER', e.int(1_500, 6_000));
    e.rel('USES', cg, portal);
    ispOfferings.push(e.offering(`${isp}.offering.business-internet`, 'Business internet', isp, [internet], [cg], [netIf, portal]));
    e.offering(`${isp}.offering.wan`, 'Enterprise WAN', isp, [vpn], [cg], [netIf]);
    ispInternet.push(internet);
  });

  // --- Hosting provider: data centre shells ---------------------------------------------------------
  const nocTeam = e.component('syn.host.noc', 'TEAM', 'Network operations centre', HOST, { location: 'Eastmere HQ' });
  const dcimTool = e.component('syn.host.dcim', 'TOOL', 'DCIM monitoring', HOST, { location: 'Eastmere HQ', needs: [[nocTeam, 'SOFT']] });
  const dcs: DataCentre[] = [];
  const colocation: string[] = [];
  for (let d = 1; d <= dcCount; d++) {
    const p = `syn.dc${d}`;
    const where = `DC${d}`;
    const feeds = e.group(
      `${p}.grid-feeds`,
      `${where} grid feeds`,
      { minUp: 1 },
      [1, 2].map((i) => e.component(`${p}.grid-feed-${i}`, 'POWER', `${where} grid feed ${i}`, HOST, { location: where, needs: [gridSupply] })),
      HOST,
    );
    const gens = e.group(
      `${p}.generators`,
      `${where} generators (2 of 3)`,
      { minUp: 2 },
      [1, 2, 3].map((i) => e.component(`${p}.gen-${i}`, 'POWER', `${where} generator ${i}`, HOST, { location: where, product: P.generator })),
      HOST,
    );
    const sources = e.group(`${p}.power-sources`, `${where} power sources`, { minUp: 1 }, [feeds, gens], HOST);
    const ups = e.pair(`${p}.ups-`, 'POWER', `${where} UPS`, HOST, { location: where, product: P.ups, needs: [sources] });
    const coreCooling = e.pair(`${p}.crac-core-`, 'COOLING', `${where} core room cooling`, HOST, { location: `${where} core room`, product: P.crac, needs: [ups] });
    const site = e.component(`${p}.site`, 'DATA_CENTRE', `${where} site`, HOST, {
      location: where,
      needs: [ups, coreCooling, [nocTeam, 'SOFT'], [dcimTool, 'SOFT']],
    });
    const core = e.group(
      `${p}.core-routers`,
      `${where} core routers`,
      { minUp: 1 },
      [1, 2].map((i) =>
        e.component(`${p}.core-rtr-${i}`, 'ROUTER', `${where} core router ${i}`, HOST, { location: `${where} core room`, product: P.coreRouter, needs: [ups, coreCooling] }),
      ),
      HOST,
    );
    const edge = e.group(`${p}.internet-edge`, `${where} internet edge (two ISPs)`, { minUp: 1 }, [accessLinks[0][d - 1], accessLinks[1][d - 1]], HOST);
    e.pair(`${p}.fw-`, 'FIREWALL', `${where} edge firewall`, HOST, { location: `${where} core room`, product: P.firewall, needs: [core, edge, ups] });
    e.pair(`${p}.lb-`, 'LOAD_BALANCER', `${where} load balancer`, HOST, { location: `${where} core room`, product: P.lb, needs: [core, ups] });
    colocation.push(e.service(`syn.host.colocation-dc${d}`, `Colocation in ${where}`, HOST, { availabilityTarget: 99.99 }));
    e.dep(colocation[d - 1], site);
    dcs.push({ n: d, racks: 0, blocks: 0, blockRacks: 0, blockSize: 0, storage: [] });
  }

  // --- Enterprises ------------------------------------------------------------------------------------
  const ents: Enterprise[] = ENTERPRISES.slice(0, entCount).map((template, i) => {
    const id = `syn.ent${i + 1}`;
    e.node('Organization', id, template.name, { kind: template.kind });
    return {
      id,
      template,
      weight: i === 0 ? 3 : i === 1 ? 2 : 1,
      dcs: new Set<number>(),
      appSlots: [],
      dbSlots: [],
      appGroups: [],
      dbGroups: [],
      businessServices: [],
    };
  });
  // Rack tenancy follows the weights: the first enterprise rents the most racks.
  const tenancy: Enterprise[] = ents.flatMap((ent) => Array.from({ length: ent.weight }, () => ent));

  // --- Racks, round-robin over the data centres, until the component budget is spent ----------------
  let pending = 0; // application and database instances promised to slots, created later
  const newBlock = (dc: DataCentre): void => {
    dc.blocks += 1;
    dc.blockRacks = 0;
    dc.blockSize = e.int(12, 20);
    const p = `syn.dc${dc.n}`;
    const where = `DC${dc.n} hall ${dc.blocks}`;
    const ups = `${p}.ups`;
    const cooling = e.group(
      `${p}.cooling-${dc.blocks}`,
      `${where} cooling (2 of 3)`,
      e.chance(0.5) ? { minUp: 2 } : { minUpPercent: 66.7 },
      [1, 2, 3].map((i) => e.component(`${p}.crac-${dc.blocks}-${i}`, 'COOLING', `${where} cooling unit ${i}`, HOST, { location: where, product: P.crac, needs: [ups] })),
      HOST,
    );
    e.pair(`${p}.agg-${dc.blocks}`, 'SWITCH', `${where} aggregation switch`, HOST, { location: where, product: P.aggSwitch, needs: [`${p}.core-routers`, ups, cooling] });
    dc.storage = [];
    const arrays = e.int(1, 2);
    for (let i = 1; i <= arrays; i++) {
      dc.storage.push(
        e.component(`${p}.san-${dc.blocks}-${i}`, 'STORAGE', `${where} storage array ${i}`, HOST, {
          location: where,
          product: P.storage,
          needs: [`${p}.agg-${dc.blocks}`, ups, cooling],
        }),
      );
    }
  };
  const buildRack = (dc: DataCentre, ent: Enterprise): void => {
    if (dc.blocks === 0 || dc.blockRacks >= dc.blockSize) newBlock(dc);
    dc.racks += 1;
    dc.blockRacks += 1;
    ent.dcs.add(dc.n);
    const p = `syn.dc${dc.n}`;
    const r = dc.racks;
    const where = `DC${dc.n} hall ${dc.blocks} rack ${r}`;
    const cooling = `${p}.cooling-${dc.blocks}`;
    const pdu = e.pair(`${p}.pdu-${r}`, 'POWER', `${where} PDU`, HOST, { location: where, product: P.pdu, needs: [`${p}.ups`] });
    const tor = e.pair(`${p}.tor-${r}`, 'SWITCH', `${where} top-of-rack switch`, HOST, {
      location: where,
      product: P.torSwitch,
      needs: [`${p}.agg-${dc.blocks}`, pdu],
    });
    // Out-of-band management: one switch per rack, so losing it only degrades the servers.
    const oob = e.component(`${p}.oob-${r}`, 'SWITCH', `${where} management switch`, HOST, { location: where, product: P.torSwitch, needs: [pdu] });
    const serverCount = e.int(24, 40);
    const dbServers = Math.round(serverCount / 5);
    const servers: string[] = [];
    for (let s = 1; s <= serverCount; s++) {
      servers.push(
        e.component(`${p}.srv-${r}-${s}`, 'SERVER', `${where} server ${s}`, ent.id, {
          location: where,
          product: s <= dbServers ? P.dbServer : P.server,
          needs: [tor, pdu, cooling, [oob, 'SOFT']],
        }),
      );
    }
    for (let s = 0; s < dbServers; s++) {
      const slots = e.int(1, 2);
      for (let index = 0; index < slots; index++) {
        ent.dbSlots.push({ dc: dc.n, block: dc.blocks, server: servers[s], index, storage: dc.storage[s % dc.storage.length] });
        pending += 1;
      }
    }
    let rest = servers.slice(dbServers);
    for (let c = 1; rest.length >= 3; c++) {
      let size = e.int(3, 8);
      if (rest.length <= 8) size = rest.length;
      else if (rest.length - size < 3) size = rest.length - 3;
      const members = rest.slice(0, size);
      rest = rest.slice(size);
      const cluster = `${p}.cluster-${r}-${c}`;
      const rule: GroupRule = e.chance(0.5)
        ? { minUp: size - 1 }
        : e.chance(0.6)
          ? { minUpPercent: e.pick([50, 60, 75]) }
          : { minUp: Math.ceil(size / 2) };
      e.group(cluster, `${where} cluster of ${size}`, rule, members, ent.id);
      const slots = e.int(1, 3);
      for (let i = 0; i < slots; i++) ent.appSlots.push({ dc: dc.n, cluster });
      pending += slots;
    }
  };
  for (let turn = 0; e.components + pending < target; turn++) {
    const dc = dcs[turn % dcCount];
    // Every enterprise gets a rack in the first data centres before the weights take over.
    const ent = turn < ents.length * 2 ? ents[Math.floor(turn / 2) % ents.length] : tenancy[e.int(0, tenancy.length - 1)];
    buildRack(dc, ent);
  }

  // --- Applications: instances on 2-3 clusters, same data centre or spread over two -----------------
  for (const ent of ents) {
    const pools = new Map<number, AppSlot[]>();
    for (const slot of ent.appSlots) {
      const pool = pools.get(slot.dc) ?? [];
      pool.push(slot);
      pools.set(slot.dc, pool);
    }
    for (const pool of pools.values()) e.shuffle(pool);
    const dcOrder = [...pools.keys()].sort((a, b) => a - b);
    const takeFrom = (dc: number, avoid: Set<string>): AppSlot | undefined => {
      const pool = pools.get(dc);
      if (!pool || pool.length === 0) return undefined;
      for (let i = pool.length - 1; i >= Math.max(0, pool.length - 6); i--) {
        if (!avoid.has(pool[i].cluster)) return pool.splice(i, 1)[0];
      }
      return undefined;
    };
    const groups: AppSlot[][] = [];
    for (;;) {
      const dc = dcOrder.filter((d) => (pools.get(d)?.length ?? 0) > 0).sort((a, b) => (pools.get(b)?.length ?? 0) - (pools.get(a)?.length ?? 0))[0];
      if (dc === undefined) break;
      const first = pools.get(dc)!.pop()!;
      const members = [first];
      const size = e.int(2, 3);
      const spread = dcOrder.length > 1 && e.chance(0.4);
      for (let k = 1; k < size; k++) {
        const avoid = new Set(members.map((m) => m.cluster));
        const others = dcOrder.filter((d) => d !== dc);
        const order = spread ? [...others, dc] : [dc, ...others];
        let slot: AppSlot | undefined;
        for (const d of order) if ((slot = takeFrom(d, avoid))) break;
        if (!slot) break;
        members.push(slot);
      }
      if (members.length === 1 && groups.length > 0) groups[groups.length - 1].push(first);
      else groups.push(members);
    }
    groups.forEach((members, g) => {
      const base = `${ent.id}.app-${g + 1}`;
      const web = e.chance(0.4);
      const instances = members.map((slot, i) =>
        e.component(`${base}-${i + 1}`, 'APPLICATION', `${ent.template.name} application ${g + 1} instance ${i + 1}`, ent.id, {
          location: `DC${slot.dc}`,
          product: P.appServer,
          needs: web ? [slot.cluster, `syn.dc${slot.dc}.lb`] : [slot.cluster],
        }),
      );
      const rule: GroupRule = instances.length === 3 && e.chance(0.3) ? { minUp: 2 } : { minUp: 1 };
      ent.appGroups.push(e.group(base, `${ent.template.name} application ${g + 1}`, rule, instances, ent.id));
    });
  }

  // --- Databases: primary/standby on different servers, mostly on the same block's storage ----------
  for (const ent of ents) {
    const slots = [...ent.dbSlots].sort((a, b) => a.dc - b.dc || a.block - b.block || a.index - b.index || a.server.localeCompare(b.server, 'en', { numeric: true }));
    const pairs: DbSlot[][] = [];
    for (let i = 0; i + 1 < slots.length; i += 2) pairs.push([slots[i], slots[i + 1]]);
    if (slots.length % 2 === 1) {
      if (pairs.length > 0) pairs[pairs.length - 1].push(slots[slots.length - 1]);
      else pairs.push([slots[0]]);
    }
    pairs.forEach((members, g) => {
      const base = `${ent.id}.db-${g + 1}`;
      const roles = ['primary', 'standby', 'standby-2'];
      const instances = members.map((slot, i) =>
        e.component(`${base}-${roles[i]}`, 'DATABASE', `${ent.template.name} database ${g + 1} ${roles[i]}`, ent.id, {
          location: `DC${slot.dc}`,
          product: P.database,
          needs: [slot.server, slot.storage],
        }),
      );
      ent.dbGroups.push(e.group(base, `${ent.template.name} database ${g + 1}`, { minUp: 1 }, instances, ent.id));
    });
  }

  // --- Services, interfaces, offerings, consumer groups per enterprise ------------------------------
  const relationshipsWith: { provider: string; consumer: string; covers: string[] }[] = [];
  const usesIsp = new Map<string, number[]>();
  for (const [i, ent] of ents.entries()) {
    const t = ent.template;
    const owner = ent.id;
    const apps = [...ent.appGroups];
    const dbsAll = [...ent.dbGroups];
    const takeApp = (): string => (apps.length > 3 ? apps.shift()! : ent.appGroups[e.int(0, ent.appGroups.length - 1)]);
    const takeDb = (): string => (dbsAll.length > 2 ? dbsAll.shift()! : ent.dbGroups[e.int(0, ent.dbGroups.length - 1)]);

    // Platform services; DNS and the directory need each other (a small cycle, as in real estates).
    const dns = e.service(`${owner}.dns`, 'DNS', owner, { availabilityTarget: 99.99 });
    const directory = e.service(`${owner}.directory`, 'Directory and single sign-on', owner, { availabilityTarget: 99.99 });
    const monitoring = e.service(`${owner}.monitoring`, 'Monitoring', owner, { availabilityTarget: 99.5 });
    e.dep(dns, takeApp());
    e.dep(dns, directory);
    e.dep(directory, takeApp());
    e.dep(directory, takeDb());
    e.dep(directory, dns);
    e.dep(monitoring, takeApp());
    e.dep(monitoring, takeDb());
    e.dep(monitoring, dns, 'SOFT');

    // Internet: through the firewalls of its data centres, over one or both ISPs.
    const internet = e.service(`${owner}.internet`, 'Internet connectivity', owner, { availabilityTarget: 99.95 });
    const egress = e.group(`${owner}.egress`, 'Data centre egress', { minUp: 1 }, [...ent.dcs].sort((a, b) => a - b).map((d) => `syn.dc${d}.fw`), owner);
    e.dep(internet, egress);
    const dual = i % 3 !== 2;
    const isps = dual ? [0, 1] : [i % 2];
    usesIsp.set(owner, isps);
    if (dual) e.dep(internet, e.group(`${owner}.isp-uplinks`, 'Dual ISP uplinks', { minUp: 1 }, isps.map((k) => ispInternet[k]), owner));
    else e.dep(internet, ispInternet[isps[0]]);

    // Technical services: each on 2-4 application groups and 1-2 database groups of its own.
    const technical: string[] = [];
    const techCount = Math.max(3, Math.floor(apps.length / 3));
    for (let s = 1; s <= techCount && apps.length > 0; s++) {
      const name = `${e.pick(t.capabilities)} engine ${s}`;
      const svc = e.service(`${owner}.svc-${s}`, name, owner);
      const remainingServices = techCount - s + 1;
      const appN = s === techCount ? apps.length : Math.max(1, Math.round(apps.length / remainingServices) + e.int(-1, 1));
      for (let k = 0; k < appN && apps.length > 0; k++) e.dep(svc, apps.shift()!);
      const dbN = Math.max(1, Math.min(3, Math.round(dbsAll.length / remainingServices)));
      for (let k = 0; k < dbN; k++) e.dep(svc, takeDb());
      e.dep(svc, dns);
      if (e.chance(0.5)) e.dep(svc, directory);
      e.dep(svc, monitoring, 'SOFT');
      if (technical.length > 0 && e.chance(0.1)) e.dep(svc, e.pick(technical));
      technical.push(svc);
    }
    while (dbsAll.length > 0) e.dep(e.pick(technical), dbsAll.shift()!);

    // Consumer groups.
    const customers = e.consumerGroup(`${owner}.cg.customers`, t.customers.name, owner, 'CUSTOMER', e.int(t.customers.min, t.customers.max));
    const business = e.consumerGroup(`${owner}.cg.business-customers`, 'Business customers', owner, 'CUSTOMER', e.int(2_000, 150_000));
    const employees = e.consumerGroup(`${owner}.cg.employees`, 'Employees', owner, 'USER', e.int(t.employees.min, t.employees.max));
    const itOps = e.consumerGroup(`${owner}.cg.it-operations`, 'IT operations', owner, 'USER', e.int(60, 450));
    const sponsors = e.consumerGroup(`${owner}.cg.executive-sponsors`, 'Executive sponsors', owner, 'SPONSOR', e.int(5, 20));

    // Business services over 3-6 technical ones each, with interfaces and offerings.
    const businessCount = Math.max(2, Math.round(technical.length / 4));
    const queue = [...technical];
    for (let b = 1; b <= businessCount; b++) {
      const capability = t.capabilities[(b - 1) % t.capabilities.length];
      const customerFacing = b % 4 !== 0;
      const bsvc = e.service(`${owner}.bsvc-${b}`, `${capability}${b > t.capabilities.length ? ` ${b}` : ''}`, owner, {
        constraintsRemoved: ['visit a branch'],
        capacityTarget: `${e.int(2, 40) * 50} transactions per second`,
        securityTarget: 'ISO 27001 controls',
        continuityTarget: 'RTO 4 h, RPO 15 min',
      });
      const n = b === businessCount ? queue.length : Math.max(1, Math.round(queue.length / (businessCount - b + 1)) + e.int(-1, 2));
      for (let k = 0; k < n && queue.length > 0; k++) e.dep(bsvc, queue.shift()!);
      if (e.chance(0.2)) e.dep(bsvc, e.pick(technical), 'SOFT');
      if (customerFacing) e.dep(bsvc, internet);
      e.dep(bsvc, monitoring, 'SOFT');
      ent.businessServices.push(bsvc);

      const channels = e.shuffle([...CHANNELS]).slice(0, customerFacing ? e.int(1, 2) : 1);
      const interfaces = channels.map((channel) => {
        const iface = e.node('ServiceInterface', `${owner}.if-${b}-${channel.toLowerCase().replace('_', '-')}`, `${capability} ${channel.toLowerCase().replace('_', ' ')}`, {
          channel: customerFacing ? channel : 'PORTAL',
        });
        e.rel('INTERFACE_OF', iface, bsvc);
        e.dep(iface, `syn.dc${e.pick([...ent.dcs].sort((a, c) => a - c))}.lb`);
        return iface;
      });
      const targets = customerFacing ? (e.chance(0.3) ? [customers, business] : [customers]) : [employees];
      for (const g of targets) e.rel('USES', g, interfaces[0]);
      e.offering(`${owner}.offering-${b}`, capability, owner, [bsvc], targets, interfaces);

      const cost = e.node('Cost', `${owner}.bsvc-${b}.cost`, `${capability}: running cost`, { effect: 'INTRODUCED', amount: e.int(5, 400) * 1000, currency: 'EUR', period: 'month' });
      e.rel('HAS_COST', bsvc, cost);
      const risk = e.node('Risk', `${owner}.bsvc-${b}.risk`, `${capability}: outage`, {
        effect: 'INTRODUCED',
        nature: 'THREAT',
        probability: e.pick(['LOW', 'MEDIUM']),
        impact: e.pick(['MEDIUM', 'HIGH']),
        costOfImpact: e.int(10, 2_000) * 1000,
        currency: 'EUR',
      });
      e.rel('HAS_RISK', bsvc, risk);
    }
    // Internal offerings of some technical services to IT operations.
    technical.forEach((svc, k) => {
      if (k % 10 !== 0) return;
      const iface = e.node('ServiceInterface', `${svc}.if-api`, `${svc} API`, { channel: 'API' });
      e.rel('INTERFACE_OF', iface, svc);
      e.offering(`${svc}.offering`, `Internal platform ${k + 1}`, owner, [svc], [itOps], [iface]);
    });

    // The top-level service: the enterprise's digital channels over its customer-facing business services.
    const top = e.service(`${owner}.digital-channels`, `${t.name} digital channels`, owner, { availabilityTarget: 99.95 });
    const facing = ent.businessServices.filter((_, k) => (k + 1) % 4 !== 0).slice(0, 8);
    for (const b of facing) e.dep(top, b);
    e.dep(top, monitoring, 'SOFT');
    const topIf = e.node('ServiceInterface', `${owner}.if-digital-web`, `${t.name} web site`, { channel: 'WEB' });
    e.rel('INTERFACE_OF', topIf, top);
    e.rel('USES', customers, topIf);
    e.offering(`${owner}.offering.digital-channels`, `${t.name} online`, owner, [top], [customers, sponsors], [topIf]);
    const output = e.node('Output', `${owner}.digital-channels.output`, 'Completed self-service transactions');
    e.rel('PRODUCES', top, output);
    const outcome = e.node('Outcome', `${owner}.digital-channels.outcome`, 'Customers served without waiting');
    e.rel('ENABLES', top, outcome);
    e.rel('BENEFITS', outcome, customers);

    relationshipsWith.push({ provider: HOST, consumer: owner, covers: [] });
    for (const k of isps) relationshipsWith.push({ provider: ISPS[k], consumer: owner, covers: [ispOfferings[k]] });
  }

  // One enterprise consumes another's service: the second depends on the first's payments.
  if (ents.length >= 2) {
    const payments = ents[0].businessServices[0];
    e.dep(`${ents[1].id}.svc-1`, payments);
    relationshipsWith.push({ provider: ents[0].id, consumer: ents[1].id, covers: [`${ents[0].id}.offering-1`] });
  }

  // Hosting offering, and the service relationships between the organisations.
  const tenants = e.consumerGroup('syn.host.cg.tenants', 'Colocation tenants', HOST, 'CUSTOMER', 40 * ents.length);
  const hostIf = e.node('ServiceInterface', 'syn.host.if.portal', 'Tenant portal', { channel: 'PORTAL' });
  e.rel('INTERFACE_OF', hostIf, colocation[0]);
  e.rel('USES', tenants, hostIf);
  const hostOffering = e.offering('syn.host.offering.colocation', 'Colocation', HOST, colocation, [tenants], [hostIf]);
  e.serviceRelationship('syn.sr.power-host', 'Grid supply to Granite Colocation', POWER, HOST, [powerOffering], 99.99);
  const orgName = (id: string): string => e.nodes.find((n) => n.id === id)?.properties.name ?? id;
  for (const r of relationshipsWith) {
    const covers = r.provider === HOST ? [hostOffering] : r.covers;
    e.serviceRelationship(`syn.sr.${r.provider.slice(4)}-${r.consumer.slice(4)}`, `${orgName(r.provider)} for ${orgName(r.consumer)}`, r.provider, r.consumer, covers, 99.9);
  }

  const world: World = { nodes: e.nodes, relationships: e.relationships };
  const ids = new Set(world.nodes.map((n) => n.id));
  const dangling = world.relationships.find((r) => !ids.has(r.from) || !ids.has(r.to));
  if (ids.size !== world.nodes.length || dangling) {
    throw new Error(`syntheticWorld: duplicate ids or a dangling relationship (${JSON.stringify(dangling)})`);
  }
  const cause = findSymptoms(world, dcs.flatMap((dc) => Array.from({ length: dc.blocks }, (_, b) => [1, 2].map((i) => `syn.dc${dc.n}.san-${b + 1}-${i}`)).flat()));
  return {
    ...world,
    probes: {
      coreRouter: 'syn.dc1.core-rtr-1',
      topService: `${ents[0].id}.digital-channels`,
      symptoms: cause.symptoms,
      symptomCause: cause.component,
      torSwitch: 'syn.dc1.tor-1a',
    },
  };
}

/**
 * Picks a single component whose failure takes at least five services/offerings DOWN, and five of
 * them. Storage arrays are tried first (they hold both halves of many database pairs); any other
 * component next. The propagation is the DOWN-only core of the impact rules (docs/impact.md): hard needs
 * pass DOWN, a group is DOWN when fewer members than it needs are available.
 */
export function findSymptoms(world: World, preferred: string[]): { component: string; symptoms: string[] } {
  const label = new Map(world.nodes.map((n) => [n.id, n.label]));
  const rule = new Map<string, { minUp?: number; minUpPercent?: number }>();
  for (const n of world.nodes) {
    if (n.label === 'RedundancyGroup') rule.set(n.id, { minUp: n.properties.minUp as number | undefined, minUpPercent: n.properties.minUpPercent as number | undefined });
  }
  const dependants = new Map<string, { from: string; member: boolean }[]>();
  const memberCount = new Map<string, number>();
  for (const r of world.relationships) {
    const member = r.type === 'HAS_MEMBER';
    const hard = (r.type === 'DEPENDS_ON' && r.properties?.strength !== 'SOFT') || r.type === 'INTERFACE_OF' || r.type === 'INCLUDES';
    if (!member && !hard) continue;
    if (member) memberCount.set(r.from, (memberCount.get(r.from) ?? 0) + 1);
    const list = dependants.get(r.to) ?? [];
    list.push({ from: r.from, member });
    dependants.set(r.to, list);
  }
  const required = (group: string): number => {
    const members = memberCount.get(group) ?? 0;
    const g = rule.get(group) ?? {};
    const need = g.minUp ?? (g.minUpPercent !== undefined ? Math.ceil((members * g.minUpPercent) / 100 - 1e-9) : 1);
    return Math.min(Math.max(need, 0), members);
  };
  const downedBy = (failed: string): string[] => {
    const down = new Set([failed]);
    const downMembers = new Map<string, number>();
    const queue = [failed];
    for (let head = 0; head < queue.length; head++) {
      for (const { from, member } of dependants.get(queue[head]) ?? []) {
        if (down.has(from)) continue;
        if (member) {
          const n = (downMembers.get(from) ?? 0) + 1;
          downMembers.set(from, n);
          if ((memberCount.get(from) ?? 0) - n >= required(from)) continue;
        }
        down.add(from);
        queue.push(from);
      }
    }
    return [...down].filter((id) => label.get(id) === 'Service' || label.get(id) === 'ServiceOffering').sort();
  };
  const preferredCount = preferred.filter((id) => label.has(id)).length;
  const candidates = [
    ...preferred.filter((id) => label.has(id)),
    ...world.nodes.filter((n) => n.label === 'Component').map((n) => n.id),
  ];
  let best: { component: string; hits: string[] } | undefined;
  for (const [k, component] of candidates.entries()) {
    const hits = downedBy(component);
    if (hits.length >= 5 && (!best || hits.length > best.hits.length)) best = { component, hits };
    // The preferred candidates are all weighed; past them, the first that qualifies is enough.
    if (best && k >= preferredCount - 1) break;
  }
  if (!best) throw new Error('syntheticWorld: no single component takes five services or offerings down');
  const offerings = best.hits.filter((id) => label.get(id) === 'ServiceOffering');
  const services = best.hits.filter((id) => label.get(id) === 'Service');
  const spread = (ids: string[], n: number): string[] =>
    n <= 0 ? [] : ids.length <= n ? ids : Array.from({ length: n }, (_, k) => ids[Math.floor((k * ids.length) / n)]);
  const fromOfferings = spread(offerings, Math.min(2, offerings.length));
  const symptoms = [...fromOfferings, ...spread(services, 5 - fromOfferings.length)];
  return { component: best.component, symptoms };
}
