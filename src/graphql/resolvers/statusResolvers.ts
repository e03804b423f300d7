import { GraphQLResolveInfo } from 'graphql';
import { StatusChange } from '../../domain/status';
import { CurrentImpact } from '../../services/statusService';
import { instantOf } from '../../services/topologyAt';
import { Context } from '../context';
import { Resolvers } from '../generated/resolvers-types';
import { selectsOnly } from './selectsOnly';

/**
 * A NodeRef for an entity id, through the request's loader (a deleted entity keeps its id). When the
 * query asks only its id (a dashboard polling `currentImpact { statuses { node { id } state } }`),
 * no entity is read: at 10,000 statuses that read was most of the answer's time.
 */
export async function refOf(id: string, { loaders }: Context, info?: Pick<GraphQLResolveInfo, 'fieldNodes'>) {
  if (info && selectsOnly(info, ['id'])) return { id, kind: '', name: '' };
  const entity = await loaders.nodeById.load(id);
  return { id, kind: entity?.label ?? 'Deleted', name: entity?.name ?? id };
}

async function incidentOf(id: string | null, { services }: Context) {
  if (!id) return null;
  const [incident] = await services.status.incidentsByIds([id]);
  return incident ?? null;
}

/** Live state: statuses, incidents, and the impact of what is recorded now. */
export const statusResolvers: Resolvers = {
  Query: {
    currentImpact: (_parent, { at }, { services }) => services.status.currentImpact(instantOf(at)),
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
