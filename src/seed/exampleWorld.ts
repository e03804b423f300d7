/**
 * The canonical example world: one connected graph holding the three worked scenarios of
 * docs/DOMAIN.md (remote infrastructure management, net banking, HR intranet portal), written as
 * data in the model of docs/model.md (The graph model).
 *
 * Conventions the helpers rely on:
 * - an id starts with its organisation's id (`bank.web-1` belongs to `bank`); OWNED_BY, PROVIDED_BY,
 *   OFFERED_BY and PART_OF are derived from that prefix. Products are `product.<vendor>.<model>`.
 * - every DEPENDS_ON carries `strength`; relationships point dependant -> dependency, group -> member.
 *
 * Invariant the tests rely on: losing both `isp.core-rtr-1` and `isp.core-rtr-2` takes
 * `isp.business-internet` down and, through `bank.internet-connectivity`, `bank.netbanking`,
 * `bank.offering.retail-netbanking` and `bank.cg.retail-account-holders`; losing one of them only
 * degrades that chain. Nothing may depend on a single core router directly.
 */
import type { AgreedPeriod } from '../domain/availability/agreedPeriod';
import type { PropertyValue, World, WorldNode, WorldRelationship } from '../domain/world';
import { ispBackbone } from './ispBackbone';

type Props = Record<string, PropertyValue>;
type Strength = 'HARD' | 'SOFT';
type ComponentKind =
  | 'SERVER'
  | 'ROUTER'
  | 'SWITCH'
  | 'FIREWALL'
  | 'LOAD_BALANCER'
  | 'NETWORK_LINK'
  | 'DATABASE'
  | 'STORAGE'
  | 'DATA_CENTRE'
  | 'POWER'
  | 'COOLING'
  | 'FACILITY'
  | 'TEAM'
  | 'TOOL'
  | 'APPLICATION'
  | 'DISPLAY'
  | 'DEVICE';
type Channel = 'WEB' | 'MOBILE_APP' | 'ATM' | 'COUNTER' | 'PORTAL' | 'API' | 'PHONE' | 'DASHBOARD' | 'NETWORK';
type Role = 'CUSTOMER' | 'USER' | 'SPONSOR';
type Effect = 'INTRODUCED' | 'REMOVED';
type Level = 'LOW' | 'MEDIUM' | 'HIGH';
type GroupRule = { minUp: number } | { minUpPercent: number };

const nodes: WorldNode[] = [];
const relationships: WorldRelationship[] = [];

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

function node(label: string, id: string, name: string, description: string, props: Props = {}): string {
  nodes.push({ label, id, properties: { name, description, ...props } });
  return id;
}

function rel(type: string, from: string, to: string, properties?: Props): void {
  relationships.push(properties ? { type, from, to, properties } : { type, from, to });
}

/** The organisation an id belongs to: its first dot-separated segment. */
function orgOf(id: string): string {
  return id.split('.')[0];
}

function nameOf(id: string): string {
  const found = nodes.find((n) => n.id === id);
  if (!found) throw new Error(`exampleWorld: ${id} is used before it is defined`);
  return found.properties.name;
}

function org(id: string, name: string, kind: string, description: string): void {
  node('Organization', id, name, description, { kind });
}

function product(id: string, name: string, maker: string, version: string, description: string): void {
  node('Product', id, name, description, { vendor: nameOf(maker), version });
  rel('MADE_BY', id, maker);
}

function component(
  id: string,
  name: string,
  kind: ComponentKind,
  location: string,
  description: string,
  configuredFrom?: string,
): void {
  node('Component', id, name, description, { kind, location });
  rel('OWNED_BY', id, orgOf(id));
  if (configuredFrom) rel('CONFIGURED_FROM', id, configuredFrom);
}

function member(group: string, m: string): void {
  rel('HAS_MEMBER', group, m);
}

function group(id: string, name: string, rule: GroupRule, members: string[], description: string): void {
  node('RedundancyGroup', id, name, description, rule);
  rel('OWNED_BY', id, orgOf(id));
  for (const m of members) member(id, m);
}

function dependsOn(from: string, to: string | string[], strength: Strength = 'HARD'): void {
  for (const target of Array.isArray(to) ? to : [to]) rel('DEPENDS_ON', from, target, { strength });
}

function service(id: string, name: string, description: string, props: Props = {}): void {
  node('Service', id, name, description, props);
  rel('PROVIDED_BY', id, orgOf(id));
}

function serviceInterface(id: string, name: string, channel: Channel, of: string, description: string): void {
  node('ServiceInterface', id, name, description, { channel });
  rel('INTERFACE_OF', id, of);
}

function consumerGroup(id: string, name: string, role: Role, size: number, description: string): void {
  node('ConsumerGroup', id, name, description, { role, size });
  rel('PART_OF', id, orgOf(id));
}

function uses(consumer: string, interfaces: string[]): void {
  for (const i of interfaces) rel('USES', consumer, i);
}

interface OfferingSpec {
  includes: string[];
  accessedThrough?: string[];
  targets: string[];
  goods?: string[];
  accessToResources?: string[];
  serviceActions?: string[];
}

function offering(id: string, name: string, description: string, spec: OfferingSpec): void {
  const props: Props = {};
  if (spec.goods) props.goods = spec.goods;
  if (spec.accessToResources) props.accessToResources = spec.accessToResources;
  if (spec.serviceActions) props.serviceActions = spec.serviceActions;
  node('ServiceOffering', id, name, description, props);
  rel('OFFERED_BY', id, orgOf(id));
  for (const s of spec.includes) rel('INCLUDES', id, s);
  for (const i of spec.accessedThrough ?? []) rel('ACCESSED_THROUGH', id, i);
  for (const g of spec.targets) rel('TARGETS', id, g);
}

interface RelationshipSpec {
  provider: string;
  consumer: string;
  covers: string[];
  provision: string;
  consumption: string;
  relationshipManagement: string;
  periodStart: string;
  periodEnd: string;
}

function serviceRelationship(id: string, name: string, description: string, spec: RelationshipSpec): void {
  const { provider, consumer, covers, ...props } = spec;
  node('ServiceRelationship', id, name, description, props);
  rel('HAS_PROVIDER', id, provider);
  rel('HAS_CONSUMER', id, consumer);
  for (const o of covers) rel('COVERS', id, o);
}

function serviceLevel(
  relationship: string,
  key: string,
  name: string,
  metric: string,
  target: number,
  unit: string,
  description: string,
  // The period the target is agreed over, where the contract states one ("Monthly availability").
  period?: AgreedPeriod,
): void {
  const id = node('ServiceLevel', `${relationship}.sl.${key}`, name, description, period ? { metric, target, unit, period } : { metric, target, unit });
  rel('AGREES', relationship, id);
}

function cost(
  of: string,
  key: string,
  name: string,
  effect: Effect,
  amount: number,
  currency: string,
  period: string,
  description: string,
): void {
  const id = node('Cost', `${of}.cost.${key}`, name, description, { effect, amount, currency, period });
  rel('HAS_COST', of, id);
}

interface RiskSpec {
  effect: Effect;
  nature: 'THREAT' | 'OPPORTUNITY';
  probability: Level;
  impact: Level;
  costOfImpact: number;
  currency: string;
}

function risk(of: string, key: string, name: string, description: string, spec: RiskSpec): void {
  const id = node('Risk', `${of}.risk.${key}`, name, description, { ...spec });
  rel('HAS_RISK', of, id);
}

function output(of: string, key: string, name: string, description: string): void {
  const id = node('Output', `${of}.output.${key}`, name, description);
  rel('PRODUCES', of, id);
}

function outcome(of: string, key: string, name: string, description: string, benefits: string[]): void {
  const id = node('Outcome', `${of}.outcome.${key}`, name, description);
  rel('ENABLES', of, id);
  for (const g of benefits) rel('BENEFITS', id, g);
}

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

org('isp', 'Northwind Telecom', 'Internet service provider', 'Regional ISP selling business internet access and MPLS VPNs.');
org('bank', 'Harbour Bank', 'Bank', 'Retail and business bank; consumes ISP, power and monitoring services, provides net banking.');
org('rim', 'Bluefin Infrastructure Services', 'Remote infrastructure management provider', 'Monitors and manages customers\' IT infrastructure remotely, 24x7.');
org('power-utility', 'Coastal Grid Energy', 'Electricity utility', 'Grid electricity supplier for the Harbour City region.');

// Vendors: makers of the products the components are configured from.
org('vendor.cisco', 'Cisco Systems', 'Network equipment vendor', 'Routers and switches.');
org('vendor.juniper', 'Juniper Networks', 'Network equipment vendor', 'Service-provider edge routers.');
org('vendor.dell', 'Dell Technologies', 'Hardware vendor', 'Servers and displays.');
org('vendor.netapp', 'NetApp', 'Storage vendor', 'Enterprise storage arrays.');
org('vendor.oracle', 'Oracle Corporation', 'Software vendor', 'Databases and analytics software.');
org('vendor.microsoft', 'Microsoft', 'Software vendor', 'Server operating systems, directory and database software.');
org('vendor.paloalto', 'Palo Alto Networks', 'Security vendor', 'Next-generation firewalls.');
org('vendor.f5', 'F5', 'Application delivery vendor', 'Load balancers, API gateways and CDN.');
org('vendor.ncr', 'NCR Atleos', 'ATM vendor', 'Automated teller machines and their software.');
org('vendor.aci', 'ACI Worldwide', 'Payments software vendor', 'ATM and card transaction switching software.');
org('vendor.thales', 'Thales', 'Security vendor', 'Payment hardware security modules.');
org('vendor.schneider', 'Schneider Electric', 'Facility equipment vendor', 'UPS systems and precision cooling.');
org('vendor.cummins', 'Cummins', 'Facility equipment vendor', 'Diesel standby generator sets.');
org('vendor.zabbix', 'Zabbix', 'Software vendor', 'Open-source infrastructure monitoring software.');
org('vendor.servicenow', 'ServiceNow', 'Software vendor', 'IT service management platform.');
org('vendor.barco', 'Barco', 'Display vendor', 'Control-room video walls.');

// ---------------------------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------------------------

product('product.cisco.asr-9906', 'Cisco ASR 9906', 'vendor.cisco', 'IOS XR 7.9.2', 'Carrier-class 6-slot aggregation and core router.');
product('product.cisco.isr-4451', 'Cisco ISR 4451-X', 'vendor.cisco', 'IOS XE 17.9.4a', 'Enterprise branch and internet-edge router.');
product('product.cisco.nexus-9336c', 'Cisco Nexus 9336C-FX2', 'vendor.cisco', 'NX-OS 10.3(4a)', '36-port 100G data-centre spine/core switch.');
product('product.cisco.mds-9148t', 'Cisco MDS 9148T', 'vendor.cisco', 'NX-OS 9.3(2)', '48-port 32G Fibre Channel SAN switch.');
product('product.juniper.mx204', 'Juniper MX204', 'vendor.juniper', 'Junos OS 22.4R3', 'Compact 1RU provider-edge router.');
product('product.dell.r650', 'Dell PowerEdge R650', 'vendor.dell', 'BIOS 1.13.2, iDRAC9 7.00', '1U dual-socket rack server.');
product('product.dell.r750', 'Dell PowerEdge R750', 'vendor.dell', 'BIOS 1.13.2, iDRAC9 7.00', '2U dual-socket rack server.');
product('product.dell.u3223qe', 'Dell UltraSharp U3223QE', 'vendor.dell', '2023 revision', '32-inch 4K monitor used on operator consoles.');
product('product.netapp.aff-a400', 'NetApp AFF A400', 'vendor.netapp', 'ONTAP 9.13.1', 'All-flash storage array with dual controllers in one chassis.');
product('product.oracle.db-19c', 'Oracle Database 19c Enterprise Edition', 'vendor.oracle', '19.22 with Data Guard', 'Relational database with primary/standby replication.');
product('product.oracle.analytics-server', 'Oracle Analytics Server', 'vendor.oracle', '2024 (7.6)', 'Reporting and dashboard server.');
product('product.microsoft.windows-server-2022', 'Windows Server 2022 Datacenter', 'vendor.microsoft', '21H2 (build 20348)', 'Server OS providing Active Directory and DNS roles.');
product('product.microsoft.sql-server-2022', 'Microsoft SQL Server 2022 Standard', 'vendor.microsoft', '16.0 CU12', 'Relational database for departmental applications.');
product('product.paloalto.pa-3260', 'Palo Alto Networks PA-3260', 'vendor.paloalto', 'PAN-OS 11.0.3', 'Data-centre perimeter firewall.');
product('product.paloalto.pa-460', 'Palo Alto Networks PA-460', 'vendor.paloalto', 'PAN-OS 11.1.2', 'Branch firewall and site-to-site VPN gateway.');
product('product.f5.bigip-i5800', 'F5 BIG-IP i5800', 'vendor.f5', 'TMOS 17.1.1', 'Application delivery controller (load balancer, TLS offload).');
product('product.f5.nginx-plus', 'F5 NGINX Plus', 'vendor.f5', 'R31', 'Reverse proxy used as an API gateway.');
product('product.f5.distributed-cloud-cdn', 'F5 Distributed Cloud CDN', 'vendor.f5', '2024.10', 'Content delivery network with web application firewall.');
product('product.ncr.selfserv-84', 'NCR SelfServ 84', 'vendor.ncr', 'APTRA Edge 4.2', 'Through-the-wall cash dispensing ATM.');
product('product.aci.base24-eps', 'ACI BASE24-eps', 'vendor.aci', '2.6', 'ATM driving and card authorisation switch.');
product('product.thales.payshield-10k', 'Thales payShield 10K', 'vendor.thales', 'firmware 1.8a', 'Payment HSM for PIN verification and card keys.');
product('product.schneider.galaxy-vx', 'Schneider Electric Galaxy VX 500 kVA', 'vendor.schneider', 'firmware 5.1', 'Three-phase online UPS with lithium-ion battery strings.');
product('product.schneider.uniflair-crah', 'Schneider Electric Uniflair LE CRAH', 'vendor.schneider', 'TDCV 2022 series', 'Chilled-water computer-room air handler.');
product('product.cummins.c1100d5', 'Cummins C1100 D5', 'vendor.cummins', 'PowerCommand 3.3', '1,100 kVA diesel standby generator set.');
product('product.cummins.c175d5', 'Cummins C175 D5', 'vendor.cummins', 'PowerCommand 2.2', '175 kVA diesel standby generator set.');
product('product.zabbix.server', 'Zabbix', 'vendor.zabbix', '7.0 LTS', 'Infrastructure monitoring server with proxies and agents.');
product('product.servicenow.itsm', 'ServiceNow IT Service Management', 'vendor.servicenow', 'Washington DC release', 'Incident, problem and change ticketing.');
product('product.barco.unisee', 'Barco UniSee video wall', 'vendor.barco', 'UniSee 500, 4x3 tiles', 'Bezel-less LCD video wall for operations centres.');
product('product.bank.hr-self-service', 'Harbour HR Self-Service', 'bank', '2.3.1', 'In-house web application for leave and travel claims.');

// ---------------------------------------------------------------------------------------------
// Power utility: grid supply consumed by the ISP PoP, the bank data centre and the RIM centre.
// ---------------------------------------------------------------------------------------------

const GRID = 'Harbour City distribution grid';

component('power-utility.substation-north', 'Substation Harbour North 110/20 kV', 'POWER', GRID, '110/20 kV substation feeding the northern 20 kV ring.');
component('power-utility.substation-east', 'Substation Harbour East 110/20 kV', 'POWER', GRID, '110/20 kV substation feeding the same 20 kV ring from the east.');
component('power-utility.control-centre', 'Grid control centre', 'FACILITY', 'Coastal Grid control centre, Harbour City', 'SCADA control room switching the 20 kV network.');

// The 20 kV ring is fed from both ends: one substation carries the load.
group('power-utility.substations', 'Harbour City 20 kV ring feeds', { minUp: 1 }, ['power-utility.substation-north', 'power-utility.substation-east'], 'Either substation can carry the ring.');

service('power-utility.grid-supply', 'Grid Electricity Supply', 'Medium-voltage electricity supply to commercial sites in Harbour City.', {
  features: ['20 kV medium-voltage connection', 'contracted capacity up to 2 MVA'],
  availabilityTarget: 99.98,
  capacityTarget: 'contracted capacity per connection, up to 2 MVA',
  securityTarget: 'NIS2 compliant operation of the control systems',
  continuityTarget: 'supply restored within 4 h after a ring fault',
});
dependsOn('power-utility.grid-supply', 'power-utility.substations');
// Switching needs the control centre; an outage there only slows restoration.
dependsOn('power-utility.grid-supply', 'power-utility.control-centre', 'SOFT');

consumerGroup('power-utility.cg.commercial-customers', 'Commercial electricity customers', 'CUSTOMER', 52000, 'Businesses on commercial supply contracts in the region.');
offering('power-utility.offering.commercial-supply', 'Commercial Electricity Supply', 'Electricity supply contract for business sites.', {
  includes: ['power-utility.grid-supply'],
  targets: ['power-utility.cg.commercial-customers'],
  accessToResources: ['20 kV medium-voltage connection', 'contracted capacity up to 2 MVA'],
  serviceActions: ['24x7 fault reporting line', 'planned outage notification 10 working days ahead'],
});

// ---------------------------------------------------------------------------------------------
// ISP: Northwind Telecom
// ---------------------------------------------------------------------------------------------

const ISP_POP = 'Northwind PoP HBC-1, Harbour City';
const ISP_NOC = 'Northwind NOC, Harbour City';

// PoP power: the UPS rides on the grid feed; the generator takes over when both are gone.
component('isp.pop-grid-feed', 'PoP HBC-1 grid feed', 'POWER', ISP_POP, '20 kV grid connection of the PoP building.');
component('isp.pop-ups', 'PoP HBC-1 UPS', 'POWER', ISP_POP, 'Online UPS carrying the PoP load from the grid feed.', 'product.schneider.galaxy-vx');
component('isp.pop-generator', 'PoP HBC-1 standby generator', 'POWER', ISP_POP, 'Diesel generator with 48 h of fuel on site.', 'product.cummins.c1100d5');
dependsOn('isp.pop-grid-feed', 'power-utility.grid-supply');
dependsOn('isp.pop-ups', 'isp.pop-grid-feed');
group('isp.pop-power', 'PoP HBC-1 power', { minUp: 1 }, ['isp.pop-ups', 'isp.pop-generator'], 'UPS or generator keeps the PoP powered.');

component('isp.pop-crac-1', 'PoP HBC-1 cooling unit 1', 'COOLING', ISP_POP, 'Computer-room air handler, hall A.', 'product.schneider.uniflair-crah');
component('isp.pop-crac-2', 'PoP HBC-1 cooling unit 2', 'COOLING', ISP_POP, 'Computer-room air handler, hall A.', 'product.schneider.uniflair-crah');
group('isp.pop-cooling', 'PoP HBC-1 cooling', { minUp: 1 }, ['isp.pop-crac-1', 'isp.pop-crac-2'], 'One unit can cool the hall (N+1).');

// Core: a redundant pair; every router in the PoP needs PoP power.
component('isp.core-rtr-1', 'Core router 1 (hbc1-cr1)', 'ROUTER', ISP_POP, 'Core router A; carries transit and aggregates the PE routers.', 'product.cisco.asr-9906');
component('isp.core-rtr-2', 'Core router 2 (hbc1-cr2)', 'ROUTER', ISP_POP, 'Core router B; carries transit and aggregates the PE routers.', 'product.cisco.asr-9906');
dependsOn('isp.core-rtr-1', 'isp.pop-power');
dependsOn('isp.core-rtr-2', 'isp.pop-power');
group('isp.core-routers', 'Core router pair HBC-1', { minUp: 1 }, ['isp.core-rtr-1', 'isp.core-rtr-2'], 'Either core router carries the full load.');

// Provider edge: dual-homed to both cores, so they depend on the core group, not on one router.
component('isp.pe-rtr-1', 'Provider-edge router 1 (hbc1-pe1)', 'ROUTER', ISP_POP, 'PE router terminating business access circuits.', 'product.juniper.mx204');
component('isp.pe-rtr-2', 'Provider-edge router 2 (hbc1-pe2)', 'ROUTER', ISP_POP, 'PE router terminating business access circuits.', 'product.juniper.mx204');
dependsOn('isp.pe-rtr-1', ['isp.core-routers', 'isp.pop-power']);
dependsOn('isp.pe-rtr-2', ['isp.core-routers', 'isp.pop-power']);
group('isp.pe-routers', 'PE router pair HBC-1', { minUp: 1 }, ['isp.pe-rtr-1', 'isp.pe-rtr-2'], 'Access circuits are VRRP-protected across both PEs.');

// Upstream transit: two carriers, each link lands on both cores (hence the group).
component('isp.transit-link-1', 'IP transit link 1 (100G, Frankfurt)', 'NETWORK_LINK', ISP_POP, '100 Gbit/s IP transit to upstream carrier A.');
component('isp.transit-link-2', 'IP transit link 2 (100G, London)', 'NETWORK_LINK', ISP_POP, '100 Gbit/s IP transit to upstream carrier B.');
dependsOn('isp.transit-link-1', 'isp.core-routers');
dependsOn('isp.transit-link-2', 'isp.core-routers');
group('isp.transit-links', 'Upstream transit pair', { minUp: 1 }, ['isp.transit-link-1', 'isp.transit-link-2'], 'One transit link carries peak traffic.');

component('isp.dns-resolver-1', 'DNS resolver 1 (ns-res1)', 'SERVER', ISP_POP, 'Recursive DNS resolver for customers (anycast 198.51.100.53).', 'product.dell.r650');
component('isp.dns-resolver-2', 'DNS resolver 2 (ns-res2)', 'SERVER', ISP_POP, 'Recursive DNS resolver for customers (anycast 198.51.100.53).', 'product.dell.r650');
dependsOn('isp.dns-resolver-1', 'isp.pop-power');
dependsOn('isp.dns-resolver-2', 'isp.pop-power');
group('isp.dns-resolvers', 'Customer DNS resolvers', { minUp: 1 }, ['isp.dns-resolver-1', 'isp.dns-resolver-2'], 'Anycast pair; one resolver answers all queries.');

component('isp.noc-team', 'Northwind NOC team', 'TEAM', ISP_NOC, '24x7 network operations centre, 22 engineers in 5 shifts.');
component('isp.noc-monitoring', 'NOC monitoring platform', 'TOOL', ISP_NOC, 'Polls routers and circuits, raises alarms to the NOC.', 'product.zabbix.server');

// Customer access circuits: a bank's last mile is usually a single circuit, so single here.
component('isp.access-link.bank', 'Access circuit Harbour Bank DC1 (1G)', 'NETWORK_LINK', 'Harbour Bank DC1, Harbour City', 'Single 1 Gbit/s fibre access circuit from PE to the bank data centre.');
component('isp.access-link.bank-mpls', 'MPLS attachment circuit Harbour Bank DC1 (10G)', 'NETWORK_LINK', 'Harbour Bank DC1, Harbour City', '10 Gbit/s attachment of the bank data centre to its MPLS VPN.');
component('isp.access-link.rim', 'Access circuit Bluefin Operations Centre (1G)', 'NETWORK_LINK', 'Bluefin Operations Centre, Eastport', '1 Gbit/s fibre access circuit to the RIM operations centre.');
dependsOn('isp.access-link.bank', 'isp.pe-routers');
dependsOn('isp.access-link.bank-mpls', 'isp.pe-routers');
dependsOn('isp.access-link.rim', 'isp.pe-routers');

service('isp.business-internet', 'Business Internet Access', 'Dedicated, symmetric internet access for business sites.', {
  features: ['symmetric dedicated bandwidth', 'static public IPv4 and IPv6 addressing', 'recursive DNS'],
  constraintsRemoved: ['running own upstream transit and peering'],
  availabilityTarget: 99.95,
  capacityTarget: '1 Gbit/s per circuit, burst to 10 Gbit/s on request',
  securityTarget: 'DDoS scrubbing above 5 Gbit/s, RPKI route origin validation',
  continuityTarget: 'redundant core, PE and transit; single-homed last mile',
});
dependsOn('isp.business-internet', ['isp.core-routers', 'isp.pe-routers', 'isp.transit-links', 'isp.dns-resolvers', 'isp.pop-power', 'isp.pop-cooling']);
// Traffic flows without the NOC; only detection and repair slow down.
dependsOn('isp.business-internet', ['isp.noc-team', 'isp.noc-monitoring'], 'SOFT');

service('isp.mpls-vpn', 'Business MPLS VPN', 'Layer-3 MPLS VPN linking a customer\'s data centre, branches and devices.', {
  features: ['any-to-any layer-3 VPN', 'three QoS classes'],
  availabilityTarget: 99.95,
  capacityTarget: 'up to 10 Gbit/s per attachment circuit',
  securityTarget: 'traffic separated per customer VRF',
  continuityTarget: 'redundant core and PE; single attachment per site',
});
dependsOn('isp.mpls-vpn', ['isp.core-routers', 'isp.pe-routers', 'isp.pop-power', 'isp.pop-cooling']);
dependsOn('isp.mpls-vpn', ['isp.noc-team', 'isp.noc-monitoring'], 'SOFT');

serviceInterface('isp.if.business-internet-handoff', 'Business internet hand-off', 'NETWORK', 'isp.business-internet', 'Ethernet hand-off on the customer premises with a /29 gateway.');
dependsOn('isp.if.business-internet-handoff', 'isp.pe-routers');

consumerGroup('isp.cg.business-customers', 'Business internet customers', 'CUSTOMER', 1800, 'Companies buying dedicated internet access from Northwind.');
consumerGroup('isp.cg.enterprise-wan-customers', 'Enterprise WAN customers', 'CUSTOMER', 320, 'Companies running their WAN on Northwind MPLS.');
uses('isp.cg.business-customers', ['isp.if.business-internet-handoff']);

offering('isp.offering.business-internet-1g', 'Business Internet 1G', 'Dedicated 1 Gbit/s internet access with a /29 and 24x7 NOC support.', {
  includes: ['isp.business-internet'],
  accessedThrough: ['isp.if.business-internet-handoff'],
  targets: ['isp.cg.business-customers'],
  goods: ['managed customer-premises router (Cisco ISR 1100)'],
  accessToResources: ['1 Gbit/s symmetric internet access', '/29 public IPv4 block'],
  serviceActions: ['24x7 NOC incident handling'],
});
cost('isp.offering.business-internet-1g', 'subscription', 'Business Internet 1G subscription', 'INTRODUCED', 890, 'EUR', 'month', 'Monthly fee per circuit, 36-month term.');

offering('isp.offering.mpls-vpn', 'Business MPLS VPN', 'MPLS VPN with attachment circuits for data centre and branches.', {
  includes: ['isp.mpls-vpn'],
  targets: ['isp.cg.enterprise-wan-customers'],
  accessToResources: ['MPLS L3VPN with 10 Gbit/s data-centre attachment', 'branch attachments of 100 Mbit/s'],
  serviceActions: ['24x7 NOC incident handling', 'quarterly capacity review'],
});

// ---------------------------------------------------------------------------------------------
// Bank: data centre, power and cooling
// ---------------------------------------------------------------------------------------------

const BANK_DC = 'Harbour Bank DC1, Harbour City';
const BANK_HQ = 'Harbour Bank head office, Harbour City';
const BANK_BRANCHES = 'Harbour Bank branch network (146 branches)';

component('bank.dc-grid-feed', 'DC1 grid feed', 'POWER', BANK_DC, '20 kV grid connection of the data centre, 1.6 MVA contracted.');
component('bank.dc-generator', 'DC1 standby generator', 'POWER', BANK_DC, 'Diesel generator, 72 h of fuel on site, tested monthly.', 'product.cummins.c1100d5');
dependsOn('bank.dc-grid-feed', 'power-utility.grid-supply');
group('bank.dc-power', 'DC1 power sources', { minUp: 1 }, ['bank.dc-grid-feed', 'bank.dc-generator'], 'Grid or generator powers the data centre.');

component('bank.dc-ups-a', 'DC1 UPS A', 'POWER', BANK_DC, 'UPS on power path A, 10 min battery autonomy.', 'product.schneider.galaxy-vx');
component('bank.dc-ups-b', 'DC1 UPS B', 'POWER', BANK_DC, 'UPS on power path B, 10 min battery autonomy.', 'product.schneider.galaxy-vx');
dependsOn('bank.dc-ups-a', 'bank.dc-power');
dependsOn('bank.dc-ups-b', 'bank.dc-power');
// Every rack has dual power supplies on paths A and B.
group('bank.dc-ups', 'DC1 UPS paths', { minUp: 1 }, ['bank.dc-ups-a', 'bank.dc-ups-b'], 'Dual-corded racks survive the loss of one UPS path.');

component('bank.dc-crah-1', 'DC1 air handler 1', 'COOLING', BANK_DC, 'Chilled-water air handler, white space row A.', 'product.schneider.uniflair-crah');
component('bank.dc-crah-2', 'DC1 air handler 2', 'COOLING', BANK_DC, 'Chilled-water air handler, white space row B.', 'product.schneider.uniflair-crah');
component('bank.dc-crah-3', 'DC1 air handler 3', 'COOLING', BANK_DC, 'Chilled-water air handler, white space row C.', 'product.schneider.uniflair-crah');
group('bank.dc-cooling', 'DC1 cooling (N+1)', { minUp: 2 }, ['bank.dc-crah-1', 'bank.dc-crah-2', 'bank.dc-crah-3'], 'Two of three air handlers cool the full IT load.');

component('bank.dc-main', 'Harbour Bank DC1', 'DATA_CENTRE', BANK_DC, 'Primary data centre, 120 racks, Tier III design.');
dependsOn('bank.dc-main', ['bank.dc-power', 'bank.dc-ups', 'bank.dc-cooling']);

// ---------------------------------------------------------------------------------------------
// Bank: network (internet edge, perimeter, LAN, WAN)
// ---------------------------------------------------------------------------------------------

// Both border routers terminate the same single ISP circuit: the circuit is a single point of failure.
component('bank.border-rtr-1', 'Border router 1 (dc1-br1)', 'ROUTER', BANK_DC, 'Internet-edge router, BGP with Northwind.', 'product.cisco.isr-4451');
component('bank.border-rtr-2', 'Border router 2 (dc1-br2)', 'ROUTER', BANK_DC, 'Internet-edge router, HSRP standby.', 'product.cisco.isr-4451');
dependsOn('bank.border-rtr-1', 'isp.access-link.bank');
dependsOn('bank.border-rtr-2', 'isp.access-link.bank');
group('bank.border-routers', 'Internet-edge router pair', { minUp: 1 }, ['bank.border-rtr-1', 'bank.border-rtr-2'], 'HSRP pair; one router carries all internet traffic.');

component('bank.network-team', 'Bank network team', 'TEAM', BANK_HQ, 'Network engineering and operations, 11 engineers.');

service('bank.internet-connectivity', 'Internet Connectivity', 'Internal service: the bank\'s internet edge built on Northwind business internet.', {
  features: ['public addressing for DMZ services', 'outbound internet for staff and systems'],
  availabilityTarget: 99.9,
  capacityTarget: '1 Gbit/s, 55 % peak utilisation',
  securityTarget: 'all traffic through the perimeter firewalls',
  continuityTarget: 'single ISP circuit; no second carrier',
});
dependsOn('bank.internet-connectivity', ['isp.business-internet', 'bank.border-routers', 'isp.connectivity.harbour-bank']);
dependsOn('bank.internet-connectivity', 'bank.network-team', 'SOFT');

component('bank.fw-1', 'Perimeter firewall 1 (dc1-fw1)', 'FIREWALL', BANK_DC, 'Active member of the perimeter firewall cluster.', 'product.paloalto.pa-3260');
component('bank.fw-2', 'Perimeter firewall 2 (dc1-fw2)', 'FIREWALL', BANK_DC, 'Passive member of the perimeter firewall cluster.', 'product.paloalto.pa-3260');
group('bank.firewalls', 'Perimeter firewall pair', { minUp: 1 }, ['bank.fw-1', 'bank.fw-2'], 'Active/passive HA pair with session sync.');

component('bank.lb-1', 'Load balancer 1 (dc1-lb1)', 'LOAD_BALANCER', BANK_DC, 'Active load balancer for web and app tiers, TLS offload.', 'product.f5.bigip-i5800');
component('bank.lb-2', 'Load balancer 2 (dc1-lb2)', 'LOAD_BALANCER', BANK_DC, 'Standby load balancer for web and app tiers.', 'product.f5.bigip-i5800');
group('bank.load-balancers', 'Load balancer pair', { minUp: 1 }, ['bank.lb-1', 'bank.lb-2'], 'Active/standby pair with connection mirroring.');

component('bank.core-sw-1', 'LAN core switch 1 (dc1-core1)', 'SWITCH', BANK_DC, 'Data-centre core switch, vPC peer A.', 'product.cisco.nexus-9336c');
component('bank.core-sw-2', 'LAN core switch 2 (dc1-core2)', 'SWITCH', BANK_DC, 'Data-centre core switch, vPC peer B.', 'product.cisco.nexus-9336c');
group('bank.core-switches', 'LAN core switch pair', { minUp: 1 }, ['bank.core-sw-1', 'bank.core-sw-2'], 'vPC pair; every server is dual-homed to both.');

// Branches and ATMs reach the data centre over the ISP's MPLS VPN.
component('bank.mpls-wan', 'Bank WAN (MPLS VPN HB-CORE)', 'NETWORK_LINK', BANK_DC, 'Bank VRF linking DC1, 146 branches and the ATM fleet.');
dependsOn('bank.mpls-wan', ['isp.mpls-vpn', 'isp.access-link.bank-mpls', 'bank.core-switches']);
component('bank.branch-network', 'Branch LANs', 'NETWORK_LINK', BANK_BRANCHES, 'Branch switches, Wi-Fi and a PA-460 firewall in each branch.');
dependsOn('bank.branch-network', 'bank.mpls-wan');

// Active Directory and its DNS hold each other up: fine running, but no cold start from nothing.
component('bank.directory', 'Active Directory (corp.harbourbank.example)', 'APPLICATION', BANK_DC, 'Staff identities, SSO and MFA registration; 4 domain controllers.', 'product.microsoft.windows-server-2022');
component('bank.dns', 'Internal DNS (AD-integrated)', 'APPLICATION', BANK_DC, 'Internal name resolution; zones stored in Active Directory.', 'product.microsoft.windows-server-2022');
dependsOn('bank.directory', 'bank.dns');
dependsOn('bank.dns', 'bank.directory');
dependsOn('bank.directory', ['bank.core-switches', 'bank.dc-main']);

// ---------------------------------------------------------------------------------------------
// Bank: shared back end (accounts database and storage)
// ---------------------------------------------------------------------------------------------

component('bank.san-fabric-a', 'SAN fabric A switch', 'SWITCH', BANK_DC, 'Fibre Channel fabric A.', 'product.cisco.mds-9148t');
component('bank.san-fabric-b', 'SAN fabric B switch', 'SWITCH', BANK_DC, 'Fibre Channel fabric B.', 'product.cisco.mds-9148t');
group('bank.san-fabrics', 'SAN fabrics A/B', { minUp: 1 }, ['bank.san-fabric-a', 'bank.san-fabric-b'], 'Multipathing survives the loss of one fabric.');

component('bank.san-1', 'Storage array SAN-1', 'STORAGE', BANK_DC, 'All-flash array, 180 TB usable; holds both accounts database copies.', 'product.netapp.aff-a400');
dependsOn('bank.san-1', 'bank.san-fabrics');

// Primary and standby share one array: the database pair is redundant, its storage is not.
component('bank.accounts-db-primary', 'Accounts database primary (ACCTP)', 'DATABASE', BANK_DC, 'Core banking accounts and balances, Data Guard primary.', 'product.oracle.db-19c');
component('bank.accounts-db-standby', 'Accounts database standby (ACCTS)', 'DATABASE', BANK_DC, 'Data Guard physical standby, fast-start failover.', 'product.oracle.db-19c');
dependsOn('bank.accounts-db-primary', 'bank.san-1');
dependsOn('bank.accounts-db-standby', 'bank.san-1');
group('bank.accounts-db', 'Accounts database (primary/standby)', { minUp: 1 }, ['bank.accounts-db-primary', 'bank.accounts-db-standby'], 'Fast-start failover promotes the standby within 30 s.');

component('bank.reporting', 'Net-banking reporting', 'APPLICATION', BANK_DC, 'Usage, fraud and regulatory reports fed from the accounts database.', 'product.oracle.analytics-server');
dependsOn('bank.reporting', 'bank.accounts-db');

// ---------------------------------------------------------------------------------------------
// Bank: net banking (scenario 2)
// ---------------------------------------------------------------------------------------------

component('bank.web-1', 'Net-banking web server 1', 'SERVER', BANK_DC, 'Web tier, serves the net-banking single-page application.', 'product.dell.r650');
component('bank.web-2', 'Net-banking web server 2', 'SERVER', BANK_DC, 'Web tier, serves the net-banking single-page application.', 'product.dell.r650');
component('bank.web-3', 'Net-banking web server 3', 'SERVER', BANK_DC, 'Web tier, serves the net-banking single-page application.', 'product.dell.r650');
group('bank.web-cluster', 'Net-banking web cluster', { minUp: 2 }, ['bank.web-1', 'bank.web-2', 'bank.web-3'], 'Two of three web servers carry peak load.');

component('bank.app-1', 'Net-banking app server 1', 'SERVER', BANK_DC, 'Application tier: accounts, payments and SCA logic.', 'product.dell.r750');
component('bank.app-2', 'Net-banking app server 2', 'SERVER', BANK_DC, 'Application tier: accounts, payments and SCA logic.', 'product.dell.r750');
component('bank.app-3', 'Net-banking app server 3', 'SERVER', BANK_DC, 'Application tier: accounts, payments and SCA logic.', 'product.dell.r750');
component('bank.app-4', 'Net-banking app server 4', 'SERVER', BANK_DC, 'Application tier: accounts, payments and SCA logic.', 'product.dell.r750');
group('bank.app-servers', 'Net-banking app server pool', { minUpPercent: 50 }, ['bank.app-1', 'bank.app-2', 'bank.app-3', 'bank.app-4'], 'Half the pool carries peak load.');

service('bank.netbanking', 'Net Banking', 'Online banking for retail and business account holders, on the web and in the mobile app.', {
  features: ['balances and statements', 'domestic and SEPA transfers', 'invoice payment with QR scan', 'standing orders'],
  constraintsRemoved: ['branch opening hours', 'travel to a branch to make payments'],
  availabilityTarget: 99.95,
  availabilityTargetPeriod: 'MONTH',
  capacityTarget: '12,000 concurrent sessions; 450 payments/s at month-end peak',
  securityTarget: 'PSD2 strong customer authentication, TLS 1.3, fraud scoring on every payment',
  continuityTarget: 'RTO 2 h, RPO 5 min',
});
dependsOn('bank.netbanking', [
  'bank.web-cluster',
  'bank.app-servers',
  'bank.accounts-db',
  'bank.san-1',
  'bank.core-switches',
  'bank.firewalls',
  'bank.load-balancers',
  'bank.internet-connectivity',
  'bank.dc-main',
]);
// Losing monitoring or reporting leaves payments working; it degrades, never downs.
dependsOn('bank.netbanking', ['rim.infrastructure-monitoring', 'bank.reporting'], 'SOFT');

// What only the web site needs: the CDN in front of it and public DNS.
component('bank.cdn', 'CDN for www.harbourbank.example', 'APPLICATION', 'F5 Distributed Cloud edge (global)', 'CDN and WAF in front of the net-banking web site.', 'product.f5.distributed-cloud-cdn');
component('bank.public-dns-1', 'Public DNS server 1 (ns1)', 'SERVER', BANK_DC, 'Authoritative DNS for harbourbank.example, in the DMZ.', 'product.dell.r650');
component('bank.public-dns-2', 'Public DNS server 2 (ns2)', 'SERVER', BANK_DC, 'Authoritative DNS for harbourbank.example, in the DMZ.', 'product.dell.r650');
dependsOn('bank.public-dns-1', 'bank.firewalls');
dependsOn('bank.public-dns-2', 'bank.firewalls');
group('bank.public-dns', 'Public DNS pair', { minUp: 1 }, ['bank.public-dns-1', 'bank.public-dns-2'], 'Either name server answers for the zone.');

// What only the mobile app needs: the API gateway pair.
component('bank.api-gw-1', 'Mobile API gateway 1', 'APPLICATION', BANK_DC, 'API gateway for the mobile app: token checks, rate limits.', 'product.f5.nginx-plus');
component('bank.api-gw-2', 'Mobile API gateway 2', 'APPLICATION', BANK_DC, 'API gateway for the mobile app: token checks, rate limits.', 'product.f5.nginx-plus');
dependsOn('bank.api-gw-1', 'bank.firewalls');
dependsOn('bank.api-gw-2', 'bank.firewalls');
group('bank.api-gateways', 'Mobile API gateway pair', { minUp: 1 }, ['bank.api-gw-1', 'bank.api-gw-2'], 'Active/active behind the load balancers.');

serviceInterface('bank.if.netbanking-web', 'Net-banking web site', 'WEB', 'bank.netbanking', 'https://www.harbourbank.example/netbanking');
dependsOn('bank.if.netbanking-web', ['bank.cdn', 'bank.public-dns']);
serviceInterface('bank.if.mobile-app', 'Harbour Bank mobile app', 'MOBILE_APP', 'bank.netbanking', 'iOS and Android app, 1.6 million active installs.');
dependsOn('bank.if.mobile-app', ['bank.api-gateways', 'bank.public-dns']);

// ---------------------------------------------------------------------------------------------
// Bank: ATM network (shares accounts database, LAN, firewalls and DC with net banking)
// ---------------------------------------------------------------------------------------------

component('bank.atm-host-1', 'ATM switch host 1', 'SERVER', BANK_DC, 'Runs the ATM switch, active node.', 'product.dell.r750');
component('bank.atm-host-2', 'ATM switch host 2', 'SERVER', BANK_DC, 'Runs the ATM switch, standby node.', 'product.dell.r750');
group('bank.atm-hosts', 'ATM switch hosts', { minUp: 1 }, ['bank.atm-host-1', 'bank.atm-host-2'], 'Active/standby cluster.');
component('bank.atm-switch', 'ATM switch (BASE24-eps)', 'APPLICATION', BANK_DC, 'Drives the ATMs and authorises card transactions.', 'product.aci.base24-eps');
dependsOn('bank.atm-switch', 'bank.atm-hosts');

component('bank.hsm-1', 'Payment HSM 1', 'DEVICE', BANK_DC, 'PIN verification and card key management.', 'product.thales.payshield-10k');
component('bank.hsm-2', 'Payment HSM 2', 'DEVICE', BANK_DC, 'PIN verification and card key management.', 'product.thales.payshield-10k');
group('bank.hsms', 'Payment HSM pair', { minUp: 1 }, ['bank.hsm-1', 'bank.hsm-2'], 'Load-shared; one HSM handles peak PIN volume.');

// The fleet is modelled per region: any region left working keeps the service up.
component('bank.atm-fleet-city', 'ATM fleet, Harbour City', 'DEVICE', 'Harbour City', '264 NCR SelfServ 84 ATMs in the city region.', 'product.ncr.selfserv-84');
component('bank.atm-fleet-north', 'ATM fleet, north', 'DEVICE', 'Northern region', '212 NCR SelfServ 84 ATMs in the northern region.', 'product.ncr.selfserv-84');
component('bank.atm-fleet-south', 'ATM fleet, south', 'DEVICE', 'Southern region', '187 NCR SelfServ 84 ATMs in the southern region.', 'product.ncr.selfserv-84');
component('bank.atm-fleet-west', 'ATM fleet, west', 'DEVICE', 'Western region', '149 NCR SelfServ 84 ATMs in the western region.', 'product.ncr.selfserv-84');
for (const region of ['city', 'north', 'south', 'west']) dependsOn(`bank.atm-fleet-${region}`, 'bank.mpls-wan');
group('bank.atm-fleet', 'ATM fleet (812 ATMs)', { minUpPercent: 25 }, ['bank.atm-fleet-city', 'bank.atm-fleet-north', 'bank.atm-fleet-south', 'bank.atm-fleet-west'], 'Cash stays available while any one region works.');

component('bank.cash-logistics', 'ATM cash logistics crew', 'TEAM', BANK_HQ, 'Cash replenishment and first-line ATM repair, 38 staff.');

service('bank.atm', 'ATM Network', 'Cash withdrawal, balance enquiry and PIN change at Harbour Bank ATMs.', {
  features: ['cash withdrawal', 'balance enquiry', 'PIN change'],
  constraintsRemoved: ['branch opening hours for cash'],
  availabilityTarget: 99.5,
  capacityTarget: '180 transactions/s at Friday evening peak',
  securityTarget: 'PCI PIN, EMV chip, anti-skimming on every ATM',
  continuityTarget: 'RTO 4 h, stand-in authorisation up to EUR 250',
});
dependsOn('bank.atm', [
  'bank.atm-switch',
  'bank.atm-fleet',
  'bank.hsms',
  'bank.accounts-db',
  'bank.core-switches',
  'bank.firewalls',
  'bank.mpls-wan',
  'bank.dc-main',
]);
dependsOn('bank.atm', 'rim.infrastructure-monitoring', 'SOFT');

serviceInterface('bank.if.atm', 'Harbour Bank ATMs', 'ATM', 'bank.atm', 'The ATM screen, keypad, card reader and cash dispenser.');
// Empty cassettes come slowly; without the crew the ATMs degrade rather than stop.
dependsOn('bank.if.atm', 'bank.cash-logistics', 'SOFT');

// ---------------------------------------------------------------------------------------------
// Bank: branch counter service
// ---------------------------------------------------------------------------------------------

component('bank.teller-app-1', 'Teller application server 1', 'SERVER', BANK_DC, 'Branch teller application, active node.', 'product.dell.r750');
component('bank.teller-app-2', 'Teller application server 2', 'SERVER', BANK_DC, 'Branch teller application, standby node.', 'product.dell.r750');
group('bank.teller-app-servers', 'Teller application servers', { minUp: 1 }, ['bank.teller-app-1', 'bank.teller-app-2'], 'Active/standby cluster.');

component('bank.teller-workstations', 'Teller workstations', 'DEVICE', BANK_BRANCHES, '1,150 teller PCs with passbook printers and cash recyclers.');
// Tellers log on with their AD accounts.
dependsOn('bank.teller-workstations', ['bank.branch-network', 'bank.directory']);
component('bank.branch-staff', 'Branch tellers and advisers', 'TEAM', BANK_BRANCHES, '1,400 tellers and customer advisers.');

service('bank.branch-counter', 'Branch Counter Service', 'Deposits, withdrawals, payments and advice at branch counters.', {
  features: ['cash deposit and withdrawal', 'payment orders', 'account opening', 'personal advice'],
  availabilityTarget: 99.5,
  capacityTarget: '4,000 counter transactions/hour nationwide',
  securityTarget: 'four-eyes check above EUR 10,000',
  continuityTarget: 'RTO 4 h; paper fallback for deposits',
});
dependsOn('bank.branch-counter', ['bank.teller-app-servers', 'bank.branch-network', 'bank.accounts-db', 'bank.core-switches', 'bank.dc-main']);
dependsOn('bank.branch-counter', 'rim.infrastructure-monitoring', 'SOFT');

serviceInterface('bank.if.counter', 'Branch counter', 'COUNTER', 'bank.branch-counter', 'The teller desk in each of the 146 branches.');
dependsOn('bank.if.counter', ['bank.teller-workstations', 'bank.branch-staff']);

// ---------------------------------------------------------------------------------------------
// Bank: HR intranet portal (scenario 3)
// ---------------------------------------------------------------------------------------------

// One hosting server: a deliberate single point of failure, accepted for an office-hours service.
component('bank.hr-server', 'HR portal hosting server', 'SERVER', BANK_DC, 'Hosts the HR portal web application and its database.', 'product.dell.r650');
component('bank.hr-db', 'HR claims database', 'DATABASE', BANK_DC, 'Leave and travel claims, approvals and payout status.', 'product.microsoft.sql-server-2022');
dependsOn('bank.hr-db', 'bank.hr-server');
component('bank.hr-site', 'HR self-service web site', 'APPLICATION', BANK_DC, 'https://hr.harbourbank.example, reachable from office and home.', 'product.bank.hr-self-service');
dependsOn('bank.hr-site', ['bank.hr-server', 'bank.hr-db']);
component('bank.hr-team', 'HR shared services team', 'TEAM', BANK_HQ, '35 staff approving and paying leave and travel claims.');
component('bank.portal-support-team', 'Intranet portal support team', 'TEAM', BANK_HQ, '6 engineers maintaining the intranet and HR portal.');

service('bank.hr-portal', 'HR Intranet Portal', 'Self-service portal where employees submit and track leave and travel claims.', {
  features: ['online leave and travel claim submission', 'claim status tracking'],
  constraintsRemoved: ['paper forms', 'travel to the HR office to hand in claims'],
  availabilityTarget: 99.5,
  capacityTarget: 'month-end peak: 3000 concurrent users',
  securityTarget: 'SSO + MFA, data encrypted at rest',
  continuityTarget: 'RTO 8 h, RPO 1 h',
});
dependsOn('bank.hr-portal', ['bank.hr-site', 'bank.hr-server', 'bank.internet-connectivity', 'bank.core-switches', 'bank.dc-main', 'bank.hr-team']);
dependsOn('bank.hr-portal', 'bank.portal-support-team', 'SOFT');

serviceInterface('bank.if.hr-portal', 'HR portal', 'PORTAL', 'bank.hr-portal', 'Intranet portal page with SSO login.');
dependsOn('bank.if.hr-portal', 'bank.directory');

cost('bank.hr-portal', 'licence', 'HR portal licence and support', 'INTRODUCED', 42000, 'EUR', 'year', 'Application licence, hosting and support contract.');
cost('bank.hr-portal', 'printing', 'Printing of paper claim forms', 'REMOVED', 9500, 'EUR', 'year', 'Forms, copies and internal mail no longer needed.');
cost('bank.hr-portal', 'travel', 'Travel to submit claims', 'REMOVED', 61000, 'EUR', 'year', 'Branch staff no longer travel to head office to hand in claims.');
risk('bank.hr-portal', 'lost-paper-claims', 'Lost paper claims', 'Paper claims lost in internal mail and resubmitted late.', {
  effect: 'REMOVED', nature: 'THREAT', probability: 'MEDIUM', impact: 'LOW', costOfImpact: 12000, currency: 'EUR',
});
risk('bank.hr-portal', 'portal-outage', 'Portal outage', 'Employees cannot submit claims while the portal is down.', {
  effect: 'INTRODUCED', nature: 'THREAT', probability: 'MEDIUM', impact: 'LOW', costOfImpact: 8000, currency: 'EUR',
});
risk('bank.hr-portal', 'data-breach', 'Data breach', 'Personal and bank-account data of employees exposed.', {
  effect: 'INTRODUCED', nature: 'THREAT', probability: 'LOW', impact: 'HIGH', costOfImpact: 450000, currency: 'EUR',
});
output('bank.hr-portal', 'claim-record', 'Submitted claim record', 'A leave or travel claim as entered, with attachments and approval trail.');

consumerGroup('bank.cg.employees', 'Bank employees', 'USER', 12500, 'All Harbour Bank staff with an intranet account.');
uses('bank.cg.employees', ['bank.if.hr-portal']);
outcome('bank.hr-portal', 'reimbursed-remotely', 'Employees reimbursed without travelling to HR', 'Claims paid within 5 working days, submitted from anywhere.', ['bank.cg.employees']);

offering('bank.offering.hr-self-service', 'HR Self-Service', 'Leave and travel claims through the intranet portal.', {
  includes: ['bank.hr-portal'],
  accessedThrough: ['bank.if.hr-portal'],
  targets: ['bank.cg.employees'],
  accessToResources: ['HR portal account with SSO'],
  serviceActions: ['leave and travel claim processing', 'portal helpdesk in office hours'],
});

// ---------------------------------------------------------------------------------------------
// Bank: consumer groups and offerings for account holders
// ---------------------------------------------------------------------------------------------

consumerGroup('bank.cg.retail-account-holders', 'Retail account holders', 'USER', 2400000, 'Private customers with a current or savings account.');
consumerGroup('bank.cg.business-account-holders', 'Business account holders', 'USER', 185000, 'Small and medium businesses with a business account.');
consumerGroup('bank.cg.cio-office', 'CIO office', 'SPONSOR', 9, 'The CIO and IT leadership who authorise the IT operations budget.');
uses('bank.cg.retail-account-holders', ['bank.if.netbanking-web', 'bank.if.mobile-app', 'bank.if.atm', 'bank.if.counter']);
uses('bank.cg.business-account-holders', ['bank.if.netbanking-web', 'bank.if.mobile-app', 'bank.if.counter']);

offering('bank.offering.retail-netbanking', 'Retail Net Banking', 'Net banking on the web and in the app for private customers.', {
  includes: ['bank.netbanking'],
  accessedThrough: ['bank.if.netbanking-web', 'bank.if.mobile-app'],
  targets: ['bank.cg.retail-account-holders'],
  goods: ['card reader for transaction signing'],
  accessToResources: ['net-banking and mobile app access, 24x7'],
  serviceActions: ['card blocking and fraud support by phone, 24x7'],
});
cost('bank.offering.retail-netbanking', 'fee', 'Net-banking package fee', 'INTRODUCED', 1.5, 'EUR', 'month', 'Monthly fee per retail account holder.');
offering('bank.offering.business-netbanking', 'Business Net Banking', 'Net banking with multi-user approval for businesses.', {
  includes: ['bank.netbanking'],
  accessedThrough: ['bank.if.netbanking-web', 'bank.if.mobile-app'],
  targets: ['bank.cg.business-account-holders'],
  accessToResources: ['net banking with up to 20 users per company', 'bulk payment file upload'],
  serviceActions: ['business helpdesk in office hours'],
});
cost('bank.offering.business-netbanking', 'fee', 'Business net-banking fee', 'INTRODUCED', 12, 'EUR', 'month', 'Monthly fee per company.');

cost('bank.netbanking', 'postage', 'Postage for paper statements', 'REMOVED', 0.8, 'EUR', 'month', 'Paper statements replaced by online statements, per account holder.');
risk('bank.netbanking', 'account-takeover', 'Phishing and account takeover', 'Credentials stolen by phishing used to empty accounts.', {
  effect: 'INTRODUCED', nature: 'THREAT', probability: 'MEDIUM', impact: 'HIGH', costOfImpact: 2500000, currency: 'EUR',
});
risk('bank.netbanking', 'cash-handling-loss', 'Cash handling losses at counters', 'Fewer counter payments mean fewer cash counting errors and robberies.', {
  effect: 'REMOVED', nature: 'THREAT', probability: 'MEDIUM', impact: 'MEDIUM', costOfImpact: 300000, currency: 'EUR',
});
risk('bank.netbanking', 'online-cross-selling', 'Online cross-selling', 'Savings and loan products sold in the app to logged-in customers.', {
  effect: 'INTRODUCED', nature: 'OPPORTUNITY', probability: 'HIGH', impact: 'MEDIUM', costOfImpact: 1200000, currency: 'EUR',
});
output('bank.netbanking', 'payment-order', 'Executed payment order', 'A transfer or invoice payment booked and sent to the clearing system.');
outcome('bank.netbanking', 'invoices-paid', 'Invoices paid on time without visiting a branch', 'Account holders settle bills from home, any time.', [
  'bank.cg.retail-account-holders',
  'bank.cg.business-account-holders',
]);

// The same retail group is reached by three offerings: impact must count it once.
offering('bank.offering.cash-withdrawal', 'Cash Withdrawal', 'Free cash withdrawal at Harbour Bank ATMs.', {
  includes: ['bank.atm'],
  accessedThrough: ['bank.if.atm'],
  targets: ['bank.cg.retail-account-holders'],
  goods: ['debit card'],
  accessToResources: ['812 ATMs nationwide, 24x7'],
});
offering('bank.offering.branch-banking', 'Branch Banking', 'Counter service and advice in 146 branches.', {
  includes: ['bank.branch-counter'],
  accessedThrough: ['bank.if.counter'],
  targets: ['bank.cg.retail-account-holders', 'bank.cg.business-account-holders'],
  serviceActions: ['cash deposits and withdrawals', 'personal financial advice'],
});

// ---------------------------------------------------------------------------------------------
// RIM: Bluefin Infrastructure Services (scenario 1)
// ---------------------------------------------------------------------------------------------

const RIM_OPS = 'Bluefin Operations Centre, Eastport';

component('rim.monitoring-team', 'Bluefin monitoring team', 'TEAM', RIM_OPS, '24x7 monitoring engineers, 18 people in 3 shifts.');
component('rim.monitoring-tool', 'Bluefin monitoring platform', 'TOOL', RIM_OPS, 'Collects metrics and events from customer estates, raises alerts.', 'product.zabbix.server');
component('rim.ticketing-tool', 'Bluefin ticketing', 'TOOL', RIM_OPS, 'Incident tickets shared with customers.', 'product.servicenow.itsm');

component('rim.mon-server-1', 'Monitoring server 1', 'SERVER', RIM_OPS, 'Monitoring platform node A.', 'product.dell.r750');
component('rim.mon-server-2', 'Monitoring server 2', 'SERVER', RIM_OPS, 'Monitoring platform node B.', 'product.dell.r750');
group('rim.monitoring-servers', 'Monitoring server pair', { minUp: 1 }, ['rim.mon-server-1', 'rim.mon-server-2'], 'HA cluster; either node runs the platform.');

component('rim.video-wall', 'Operations video wall', 'DISPLAY', RIM_OPS, 'Wall of dashboards showing customer estates at a glance.', 'product.barco.unisee');
component('rim.operator-consoles', 'Operator console displays', 'DISPLAY', RIM_OPS, '12 dual-monitor operator positions.', 'product.dell.u3223qe');
group('rim.displays', 'Operations displays', { minUp: 1 }, ['rim.video-wall', 'rim.operator-consoles'], 'Operators can watch from consoles if the wall fails.');

component('rim.grid-feed', 'Operations centre grid feed', 'POWER', RIM_OPS, 'Low-voltage grid connection of the operations centre.');
component('rim.generator', 'Operations centre generator', 'POWER', RIM_OPS, 'Diesel standby generator, 24 h of fuel.', 'product.cummins.c175d5');
dependsOn('rim.grid-feed', 'power-utility.grid-supply');
group('rim.power', 'Operations centre power', { minUp: 1 }, ['rim.grid-feed', 'rim.generator'], 'Grid or generator powers the centre.');
// A single split air-conditioning unit: accepted for a small server room.
component('rim.cooling', 'Operations centre server-room cooling', 'COOLING', RIM_OPS, 'Split air-conditioning unit for the server room.');

component('rim.vpn-gateway', 'Customer VPN gateway', 'FIREWALL', RIM_OPS, 'Site-to-site VPNs to customer estates.', 'product.paloalto.pa-460');
dependsOn('rim.vpn-gateway', 'isp.access-link.rim');
// The collector sits in the bank's DC and ships data to Bluefin over the bank's internet edge.
component('rim.collector-bank', 'Monitoring collector at Harbour Bank', 'SERVER', BANK_DC, 'Zabbix proxy polling the bank\'s devices and servers.', 'product.dell.r650');
dependsOn('rim.collector-bank', ['bank.core-switches', 'bank.dc-main', 'bank.internet-connectivity']);

service('rim.infrastructure-monitoring', 'Remote Infrastructure Monitoring', '24x7 monitoring of customer IT infrastructure with incident notification.', {
  features: ['24x7 event monitoring', 'incident tickets with first diagnosis', 'monthly capacity reports'],
  constraintsRemoved: ['staffing an own 24x7 operations centre'],
  availabilityTarget: 99.9,
  capacityTarget: 'up to 5,000 monitored devices per customer',
  securityTarget: 'ISO 27001 certified; read-only access to customer devices',
  continuityTarget: 'RTO 4 h at the Eastport site',
});
dependsOn('rim.infrastructure-monitoring', [
  'rim.monitoring-team',
  'rim.monitoring-tool',
  'rim.monitoring-servers',
  'rim.displays',
  'rim.power',
  'rim.cooling',
  'rim.vpn-gateway',
  'rim.collector-bank',
  'isp.business-internet',
]);
dependsOn('rim.infrastructure-monitoring', 'rim.ticketing-tool', 'SOFT');

serviceInterface('rim.if.monitoring-dashboard', 'Customer monitoring dashboard', 'DASHBOARD', 'rim.infrastructure-monitoring', 'Web dashboard of the customer\'s estate, alerts and tickets.');
dependsOn('rim.if.monitoring-dashboard', 'rim.monitoring-tool');

consumerGroup('bank.cg.it-operations', 'Bank IT operations staff', 'CUSTOMER', 140, 'Harbour Bank IT operations engineers who receive alerts and tickets.');
uses('bank.cg.it-operations', ['rim.if.monitoring-dashboard']);

offering('rim.offering.bank-monitoring', 'Infrastructure Monitoring for Harbour Bank', 'Monitoring of the bank\'s data centre, network and ATM estate.', {
  includes: ['rim.infrastructure-monitoring'],
  accessedThrough: ['rim.if.monitoring-dashboard'],
  targets: ['bank.cg.it-operations', 'bank.cg.cio-office'],
  accessToResources: ['monitoring dashboard for 40 bank users'],
  serviceActions: ['24x7 incident detection and notification', 'monthly service review'],
});
cost('rim.offering.bank-monitoring', 'fee', 'Monitoring service fee', 'INTRODUCED', 14500, 'EUR', 'month', 'Fixed monthly fee for up to 2,500 monitored devices.');
risk('rim.infrastructure-monitoring', 'undetected-failure', 'Undetected infrastructure failure', 'A failure noticed first by account holders instead of by operations.', {
  effect: 'REMOVED', nature: 'THREAT', probability: 'MEDIUM', impact: 'HIGH', costOfImpact: 750000, currency: 'EUR',
});
output('rim.infrastructure-monitoring', 'incident-ticket', 'Incident ticket with first diagnosis', 'Ticket raised to the customer within minutes of an alert.');
// Account holders are stakeholders too: a missed failure reaches them.
outcome('rim.infrastructure-monitoring', 'failures-fixed-early', 'Failures fixed before account holders notice', 'Most incidents resolved before they reach customers.', [
  'bank.cg.it-operations',
  'bank.cg.retail-account-holders',
]);

// ---------------------------------------------------------------------------------------------
// Service relationships
// ---------------------------------------------------------------------------------------------

serviceRelationship('sr.isp-bank', 'Northwind - Harbour Bank connectivity contract', 'Internet access and MPLS VPN supplied by Northwind to Harbour Bank.', {
  provider: 'isp',
  consumer: 'bank',
  covers: ['isp.offering.business-internet-1g', 'isp.offering.mpls-vpn'],
  provision: 'Northwind operates core, PE, transit and the access circuits, and handles incidents 24x7.',
  consumption: 'Harbour Bank runs its border routers and firewalls and reports faults to the NOC.',
  relationshipManagement: 'Quarterly service review; named account manager; escalation to Northwind operations director.',
  periodStart: '2025-01-01',
  periodEnd: '2027-12-31',
});
serviceLevel('sr.isp-bank', 'availability', 'Internet availability', 'availability', 99.95, '%', 'Monthly availability of the business internet service.', 'MONTH');
serviceLevel('sr.isp-bank', 'time-to-restore', 'Time to restore', 'time to restore service', 4, 'h', 'Maximum time to restore service after a P1 incident.');
serviceLevel('sr.isp-bank', 'latency', 'Round-trip latency to transit', 'round-trip latency', 10, 'ms', 'Monthly average latency from the access circuit to the upstream carriers.', 'MONTH');

serviceRelationship('sr.rim-bank', 'Bluefin - Harbour Bank monitoring contract', 'Remote infrastructure monitoring of Harbour Bank by Bluefin.', {
  provider: 'rim',
  consumer: 'bank',
  covers: ['rim.offering.bank-monitoring'],
  provision: 'Bluefin monitors the bank\'s infrastructure 24x7, raises and diagnoses incidents.',
  consumption: 'The bank keeps the collector running, grants read-only access and acts on tickets.',
  relationshipManagement: 'Monthly service review with the CIO office; annual contract renewal.',
  periodStart: '2025-07-01',
  periodEnd: '2028-06-30',
});
serviceLevel('sr.rim-bank', 'detection', 'Incident detection within 5 min', 'incident detection time', 5, 'min', 'Time from failure to alert for monitored devices.');
serviceLevel('sr.rim-bank', 'notification', 'Customer notification within 15 min', 'incident notification time', 15, 'min', 'Time from alert to a ticket assigned to bank IT operations.');
serviceLevel('sr.rim-bank', 'availability', 'Monitoring availability', 'availability', 99.9, '%', 'Monthly availability of the monitoring service.', 'MONTH');

serviceRelationship('sr.isp-rim', 'Northwind - Bluefin connectivity contract', 'Business internet for the Bluefin operations centre.', {
  provider: 'isp',
  consumer: 'rim',
  covers: ['isp.offering.business-internet-1g'],
  provision: 'Northwind supplies a 1 Gbit/s circuit and 24x7 NOC support.',
  consumption: 'Bluefin runs its VPN gateway and reports faults to the NOC.',
  relationshipManagement: 'Half-yearly review with the account manager.',
  periodStart: '2024-04-01',
  periodEnd: '2027-03-31',
});
serviceLevel('sr.isp-rim', 'availability', 'Internet availability', 'availability', 99.95, '%', 'Monthly availability of the business internet service.', 'MONTH');

serviceRelationship('sr.power-utility-bank', 'Coastal Grid - Harbour Bank supply contract', 'Grid electricity for Harbour Bank DC1.', {
  provider: 'power-utility',
  consumer: 'bank',
  covers: ['power-utility.offering.commercial-supply'],
  provision: 'Coastal Grid supplies 20 kV power up to 1.6 MVA and restores faults.',
  consumption: 'The bank keeps its load within the contracted capacity and maintains its own standby power.',
  relationshipManagement: 'Annual contract review; outage notifications by e-mail and SMS.',
  periodStart: '2024-01-01',
  periodEnd: '2026-12-31',
});
serviceLevel('sr.power-utility-bank', 'interruption', 'Interruption minutes per year', 'unplanned interruption duration', 25, 'min/year', 'Maximum unplanned supply interruption per year (SAIDI).', 'YEAR');

// The ISP's backbone: a real mesh (Abilene, from the Internet Topology Zoo), with the bank's internet
// traffic needing a path from either of its two PoPs to either transit exit (see ispBackbone.ts).
const backbone = ispBackbone();
nodes.push(...backbone.nodes);
relationships.push(...backbone.relationships);

export const exampleWorld: World = { nodes, relationships };
