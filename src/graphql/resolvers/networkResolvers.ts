import { instantOf } from '../../services/topologyAt';
import { Resolvers } from '../generated/resolvers-types';

/** Network questions: read arguments, call the network service, resolve ids to entities. */
export const networkResolvers: Resolvers = {
  Query: {
    tolerance: (_parent, { connectivity, failures, at }, { services }) =>
      services.networks.tolerance(connectivity, (failures ?? []).map((f) => ({ id: f.id, state: f.state ?? 'DOWN' })), instantOf(at)),
    networkProblems: (_parent, { at }, { services }) => services.networks.problems(instantOf(at)),
  },
  ConnectivityTolerance: {
    connectivity: (answer, _args, { services }) => services.entities.get('Connectivity', answer.connectivityId),
    network: (answer, _args, { services }) => (answer.networkId ? services.entities.get('Network', answer.networkId) : null),
    cut: (answer, _args, { services }) => Promise.all(answer.cut.map((id) => services.entities.get('Component', id))),
    singleCuts: (answer, _args, { services }) => Promise.all(answer.singleCuts.map((id) => services.entities.get('Component', id))),
    bestPath: (answer, _args, { services }) => Promise.all(answer.bestPath.map((id) => services.entities.get('Component', id))),
  },
};
