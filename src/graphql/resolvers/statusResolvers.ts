import { GraphQLResolveInfo } from 'graphql';
import { StatusChange } from '../../domain/status';
import { CurrentImpact } from '../../services/statusService';
import { instantOf } from '../../services/topologyAt';
import { Context } from '../context';
import { Resolvers } from '../generated/resolvers-types';
import { selectsOnly } from './selectsOnly';

interface NodeRef {
  id: string;
  kind: string;
  name: string;
}

/**
 * A NodeRef for an entity id, through the request's loader (a deleted entity keeps its id). When the
 * query asks only its id (a dashboard polling `currentImpact { statuses { node { id } state } }`),
 * no entity is read: at 10,000 statuses that read was most of the answer's time. That answer is
 * then given at once, not as a promise: with 9,800 statuses not UP, a promise per status (and the
 * object graphql-js then waits on for each status) made a poll 3.6x the bare read of the statuses,
 * most of it garbage collection.
 */
export function refOf(id: string, { loaders }: Context, info?: Pick<GraphQLResolveInfo, 'fieldNodes'>): NodeRef | Promise<NodeRef> {
  if (info && asksOnlyId(info)) return { id, kind: '', name: '' };
  return loadRef(id, loaders);
}

async function loadRef(id: string, loaders: Context['loaders']): Promise<NodeRef> {
  const entity = await loaders.nodeById.load(id);
  return { id, kind: entity?.label ?? 'Deleted', name: entity?.name ?? id };
}

/**
 * Whether a node field asks only `id`, decided once per field of the query: graphql-js hands every
 * item of a list the same field nodes, so 10,000 statuses ask once, not 10,000 times.
 */
const onlyId = new WeakMap<GraphQLResolveInfo['fieldNodes'], boolean>();
function asksOnlyId(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): boolean {
  let only = onlyId.get(info.fieldNodes);
  if (only === undefined) {
    only = selectsOnly(info, ['id']);
    onlyId.set(info.fieldNodes, only);
  }
  return only;
}

async function incidentOf(id: string | null, { services }: Context) {
  if (!id) return null;
  const [incident] = await services.status.incidentsByIds([id]);
  return incident ?? null;
}

/** The statuses' fields that need no more than each status's entity id and state (refOf reads the rest of a node). */
const STATE_FIELDS = ['node', 'state'];

/**
 * Whether a currentImpact question asks its status lists (statuses, maintenance, surprises) for
 * nothing but node and state, in plain fields (a fragment or directive anywhere on the top level
 * may ask more, and counts as more): then the statuses are read without their reason, author,
 * time and incident, which a dashboard polling during an alert storm never shows.
 */
export function asksOnlyStates(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) =>
        selection.kind === 'Field' &&
        (selection.directives ?? []).length === 0 &&
        (!['statuses', 'maintenance', 'surprises'].includes(selection.name.value) || selectsOnly({ fieldNodes: [selection] }, STATE_FIELDS)),
    ),
  );
}

/** Live state: statuses, incidents, and the impact of what is recorded now. */
export const statusResolvers: Resolvers = {
  Query: {
    currentImpact: (_parent, { at }, { services }, info) => services.status.currentImpact(instantOf(at), asksOnlyStates(info)),
    statusHistory: (_parent, { id, first }, { services }) => services.status.history({ id }, first ?? 100),
    incidents: (_parent, { state, first }, { services }) => services.status.incidents(state, first ?? 100),
  },
  Mutation: {
    setStatus: (_parent, { input }, { services }) => services.status.setStatus(input),
    openIncident: (_parent, { input }, { services }) => services.status.openIncident(input.id, input.title, input.by),
    resolveIncident: (_parent, { id, by }, { services }) => services.status.resolveIncident(id, by),
  },
  Subscription: {
    statusChanged: {
      subscribe: (_parent, { ids }, { services }) => services.status.statusChanges(ids),
      resolve: (change: StatusChange) => change,
    },
    impactChanged: {
      subscribe: (_parent, { target, organization }, { services }) => services.status.impactChanges({ target, organization }),
      resolve: (current: CurrentImpact) => current,
    },
  },
  StatusChange: {
    node: (change, _args, context, info) => refOf(change.entityId, context, info),
    incident: (change, _args, context) => incidentOf(change.incidentId, context),
  },
  NodeStatus: {
    node: (status, _args, context, info) => refOf(status.entityId, context, info),
    incident: (status, _args, context) => incidentOf(status.incidentId, context),
  },
  Incident: {
    changes: (incident, { first }, { services }) => services.status.history({ incidentId: incident.id }, first ?? 100),
  },
};
