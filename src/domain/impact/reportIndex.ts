import { IMPACT_KINDS, ImpactKind } from './impactGraph';
import { ImpactIndex } from './impactIndex';
import { TargetedGroup, Topology } from './topology';

/** Kind codes run from 0 to KIND_COUNT - 1 (kindCode); edge ends outside the graph have none. */
export const KIND_COUNT = IMPACT_KINDS.length;
export const NO_KIND = 255;
export const SERVICE = kindCode('Service');
export const OFFERING = kindCode('ServiceOffering');

const NONE: readonly number[] = [];

/**
 * What the impact report reads of a topology, by node number of one ImpactIndex: each node's kind
 * code, and who stands behind services and offerings (consumer groups and organisations by
 * number). With it, a report counts a blast radius of tens of thousands of nodes over typed
 * arrays, without a string lookup per node.
 */
export class ReportIndex {
  /** Kind code of node i (kindCode). */
  readonly kind: Uint8Array;
  /** Row of node i in the lists below; -1 when nobody stands behind it. */
  readonly row: Int32Array;
  /** By row: the consumer groups an offering targets. */
  readonly groupsOf: (readonly number[])[] = [];
  /** By row: the organisations that provide a service, or that consume an offering. */
  readonly organizationsOf: (readonly number[])[] = [];
  /** By group number. */
  readonly groups: TargetedGroup[] = [];
  /** Organisation ids by number. */
  readonly organizations: string[] = [];

  constructor(
    readonly index: ImpactIndex,
    readonly version: string,
    topology: Pick<Topology, 'targets' | 'providers' | 'consumers'>,
    /** The one made for the topology before: its kind codes are kept where the kinds are. */
    previous?: ReportIndex,
  ) {
    this.kind = kindCodes(index, previous);
    this.row = new Int32Array(index.size).fill(-1);
    const groupNumber = new Map<string, number>();
    const organizationNumber = new Map<string, number>();
    const organization = (id: string): number => number(organizationNumber, id, () => this.organizations.push(id));
    // Only what the report counts: groups and consumers of offerings, providers of services.
    for (const [offering, targets] of topology.targets) {
      const row = this.rowOf(offering, OFFERING);
      if (row >= 0) this.groupsOf[row] = targets.map((t) => number(groupNumber, t.consumerGroupId, () => this.groups.push(t)));
    }
    for (const [offering, organizations] of topology.consumers) {
      const row = this.rowOf(offering, OFFERING);
      if (row >= 0) this.organizationsOf[row] = organizations.map(organization);
    }
    for (const [service, organizations] of topology.providers) {
      const row = this.rowOf(service, SERVICE);
      if (row >= 0) this.organizationsOf[row] = organizations.map(organization);
    }
  }

  /** The row of the node with this id if it is of this kind (made on first use), else -1. */
  private rowOf(id: string, kind: number): number {
    const i = this.index.indexOf.get(id);
    // Ids are shared with later layouts of the index: numbers past this one's size are not ours.
    if (i === undefined || i >= this.index.size || this.kind[i] !== kind) return -1;
    if (this.row[i] < 0) {
      this.row[i] = this.groupsOf.length;
      this.groupsOf.push(NONE);
      this.organizationsOf.push(NONE);
    }
    return this.row[i];
  }
}

/**
 * Node numbers stay when the index is laid out again and only changed nodes get another kind, so
 * codes are copied from the previous layout where its kind is the very same string.
 */
function kindCodes(index: ImpactIndex, previous?: ReportIndex): Uint8Array {
  if (previous?.index === index) return previous.kind;
  const codes = new Uint8Array(index.size);
  const before = previous && previous.index.ids === index.ids ? previous : undefined;
  const kept = before ? Math.min(before.index.size, index.size) : 0;
  if (before) codes.set(before.kind.subarray(0, kept));
  for (let i = 0; i < index.size; i += 1) {
    if (i >= kept || index.kinds[i] !== before!.index.kinds[i]) codes[i] = kindCode(index.kinds[i]);
  }
  return codes;
}

/** A switch rather than a map lookup: this runs for every node of the estate after each change to the graph. */
export function kindCode(kind: ImpactKind | null): number {
  switch (kind) {
    case 'Component':
      return 0;
    case 'RedundancyGroup':
      return 1;
    case 'Service':
      return 2;
    case 'ServiceInterface':
      return 3;
    case 'ServiceOffering':
      return 4;
    case 'Network':
      return 5;
    case 'Connectivity':
      return 6;
    default:
      return NO_KIND;
  }
}

function number(numbers: Map<string, number>, id: string, add: () => void): number {
  let n = numbers.get(id);
  if (n === undefined) {
    n = numbers.size;
    numbers.set(id, n);
    add();
  }
  return n;
}

const built = new WeakMap<Topology, ReportIndex>();

/**
 * The ReportIndex of a topology for the index a propagation ran on, kept per topology and made
 * again when either moves on: the index is laid out anew after a change to the impact graph, and
 * the facts behind people and organisations change only with the topology's version (every
 * applied change names a new one).
 */
export function reportIndexOf(topology: Topology, index: ImpactIndex): ReportIndex {
  const known = built.get(topology);
  if (known && known.index === index && known.version === topology.version) return known;
  const made = new ReportIndex(index, topology.version, topology, known);
  built.set(topology, made);
  return made;
}
