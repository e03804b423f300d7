import { ValidationError } from '../domain/errors';
import { ConnectivityAnswer, connectivityAnswer } from '../domain/network/connectivityAnswer';
import { NetworkProblem, networkProblems } from '../domain/network/networkProblems';
import { propagate } from '../domain/impact/propagate';
import { State, worst } from '../domain/impact/state';
import { Failure, ImpactService, MAX_FAILURES } from './impactService';

/** Network questions over the in-memory topology: how a connectivity stands and what it can take. */
export class NetworkService {
  constructor(private readonly impact: ImpactService) {}

  /** A connectivity's state, tolerance and best path, with the given failures (none: as things are modelled). */
  async tolerance(connectivityId: string, failures: readonly Failure[], at: string | null): Promise<ConnectivityAnswer> {
    if (failures.length > MAX_FAILURES) throw new ValidationError(`At most ${MAX_FAILURES} failures per question, got ${failures.length}`);
    const topology = await this.impact.topologyAt(at);
    const own = new Map<string, State>();
    for (const failure of failures) own.set(failure.id, worst(own.get(failure.id) ?? 'UP', failure.state));
    await this.impact.checkNodes(topology, [connectivityId, ...own.keys()]);
    if (topology.graph.nodes.get(connectivityId)?.kind !== 'Connectivity') {
      throw new ValidationError(`tolerance takes a connectivity; "${connectivityId}" is a ${topology.graph.nodes.get(connectivityId)?.kind}`);
    }
    const propagation = propagate(topology.graph, own);
    return connectivityAnswer(topology.graph, connectivityId, (id) => propagation.stateOf(id));
  }

  /** What in the network model cannot mean what its author meant (see networkProblems). */
  async problems(at: string | null): Promise<NetworkProblem[]> {
    return networkProblems((await this.impact.topologyAt(at)).graph);
  }
}
