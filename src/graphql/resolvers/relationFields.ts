import { GraphQLFieldResolver } from 'graphql';
import { Entity, EntityLabel } from '../../domain/entities';
import { Direction } from '../../store/entityStore';
import { Context } from '../context';

interface Relation {
  type: string;
  direction: Direction;
  /** Only neighbours with this label; null for any. */
  label: EntityLabel | null;
  /** 'one' fields return the first neighbour or null; 'edges' return neighbours with the relationship. */
  shape: 'many' | 'one' | 'edges';
}

const out = (type: string, label: EntityLabel | null, shape: Relation['shape'] = 'many'): Relation => ({ type, direction: 'OUT', label, shape });
const into = (type: string, label: EntityLabel | null, shape: Relation['shape'] = 'many'): Relation => ({ type, direction: 'IN', label, shape });

const dependencies = { dependsOn: out('DEPENDS_ON', null, 'edges'), dependants: into('DEPENDS_ON', null, 'edges') };
const memberOf = { memberOf: into('HAS_MEMBER', 'RedundancyGroup') };

/**
 * Every navigation field of the schema, both ways along every relationship of docs/model.md (The graph model).
 * Each resolves through the request's neighboursByNode loader, so N parents cost one statement.
 */
export const RELATIONS: Record<string, Record<string, Relation>> = {
  Organization: {
    services: into('PROVIDED_BY', 'Service'),
    offerings: into('OFFERED_BY', 'ServiceOffering'),
    components: into('OWNED_BY', 'Component'),
    redundancyGroups: into('OWNED_BY', 'RedundancyGroup'),
    products: into('MADE_BY', 'Product'),
    consumerGroups: into('PART_OF', 'ConsumerGroup'),
    relationshipsAsProvider: into('HAS_PROVIDER', 'ServiceRelationship'),
    relationshipsAsConsumer: into('HAS_CONSUMER', 'ServiceRelationship'),
  },
  ConsumerGroup: {
    organization: out('PART_OF', 'Organization', 'one'),
    offerings: into('TARGETS', 'ServiceOffering'),
    interfaces: out('USES', 'ServiceInterface'),
    outcomes: into('BENEFITS', 'Outcome'),
  },
  Product: {
    maker: out('MADE_BY', 'Organization', 'one'),
    components: into('CONFIGURED_FROM', 'Component'),
  },
  Component: {
    product: out('CONFIGURED_FROM', 'Product', 'one'),
    networks: into('HAS_ELEMENT', 'Network'),
    linkFrom: out('CONNECTS_FROM', 'Component', 'one'),
    linkTo: out('CONNECTS_TO', 'Component', 'one'),
    links: into('CONNECTS_FROM', 'Component'),
    linksIn: into('CONNECTS_TO', 'Component'),
    owner: out('OWNED_BY', 'Organization', 'one'),
    ...dependencies,
    ...memberOf,
  },
  RedundancyGroup: {
    members: out('HAS_MEMBER', null),
    owner: out('OWNED_BY', 'Organization', 'one'),
    dependants: into('DEPENDS_ON', null, 'edges'),
    ...memberOf,
  },
  Service: {
    provider: out('PROVIDED_BY', 'Organization', 'one'),
    ...dependencies,
    interfaces: into('INTERFACE_OF', 'ServiceInterface'),
    offerings: into('INCLUDES', 'ServiceOffering'),
    ...memberOf,
    costs: out('HAS_COST', 'Cost'),
    risks: out('HAS_RISK', 'Risk'),
    outputs: out('PRODUCES', 'Output'),
    outcomes: out('ENABLES', 'Outcome'),
  },
  ServiceInterface: {
    service: out('INTERFACE_OF', 'Service', 'one'),
    ...dependencies,
    offerings: into('ACCESSED_THROUGH', 'ServiceOffering'),
    usedBy: into('USES', 'ConsumerGroup'),
    ...memberOf,
  },
  ServiceOffering: {
    services: out('INCLUDES', 'Service'),
    interfaces: out('ACCESSED_THROUGH', 'ServiceInterface'),
    consumerGroups: out('TARGETS', 'ConsumerGroup'),
    provider: out('OFFERED_BY', 'Organization', 'one'),
    relationships: into('COVERS', 'ServiceRelationship'),
    costs: out('HAS_COST', 'Cost'),
    risks: out('HAS_RISK', 'Risk'),
  },
  ServiceRelationship: {
    provider: out('HAS_PROVIDER', 'Organization', 'one'),
    consumer: out('HAS_CONSUMER', 'Organization', 'one'),
    offerings: out('COVERS', 'ServiceOffering'),
    serviceLevels: out('AGREES', 'ServiceLevel'),
  },
  ServiceLevel: { relationships: into('AGREES', 'ServiceRelationship') },
  Cost: { subjects: into('HAS_COST', null) },
  Risk: { subjects: into('HAS_RISK', null) },
  Output: { services: into('PRODUCES', 'Service') },
  Outcome: { services: into('ENABLES', 'Service'), beneficiaries: out('BENEFITS', 'ConsumerGroup') },
  Network: {
    elements: out('HAS_ELEMENT', 'Component'),
    connectivities: into('THROUGH', 'Connectivity'),
    owner: out('OWNED_BY', 'Organization', 'one'),
  },
  Connectivity: {
    network: out('THROUGH', 'Network', 'one'),
    attachedAt: out('ATTACHED_AT', 'Component'),
    reaches: out('REACHES', 'Component'),
    dependants: into('DEPENDS_ON', null, 'edges'),
    ...memberOf,
  },
};

type Resolver = GraphQLFieldResolver<Entity, Context>;

function resolverFor(relation: Relation): Resolver {
  return async (parent, _args, { loaders }) => {
    const neighbours = await loaders.neighboursByNode.load({
      id: parent.id,
      type: relation.type,
      direction: relation.direction,
      label: relation.label,
    });
    if (relation.shape === 'edges') return neighbours;
    if (relation.shape === 'one') return neighbours[0]?.node ?? null;
    return neighbours.map((n) => n.node);
  };
}

export function relationResolvers(): Record<string, Record<string, Resolver>> {
  return Object.fromEntries(
    Object.entries(RELATIONS).map(([typeName, fields]) => [
      typeName,
      Object.fromEntries(Object.entries(fields).map(([field, relation]) => [field, resolverFor(relation)])),
    ]),
  );
}
