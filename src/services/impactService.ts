import { EntityStore } from '../store/entityStore';
import { ImpactStore } from '../store/impactStore';
import { NotFoundError, ValidationError } from '../domain/errors';
import { isImpactKind } from '../domain/impact/impactGraph';
import { ImpactReport, buildImpactReport } from '../domain/impact/impactReport';
import { propagate } from '../domain/impact/propagate';
import { State, worst } from '../domain/impact/state';

export interface Failure {
  id: string;
  state: State;
}

/** Most failures one what-if may name; beyond this the question is a bulk job, not a query. */
export const MAX_FAILURES = 1000;

/** The impact use case: validate the failures, fetch their blast radius, propagate, report. */
export class ImpactService {
  constructor(
    private readonly entities: EntityStore,
    private readonly store: ImpactStore,
  ) {}

  async impact(failures: readonly Failure[]): Promise<ImpactReport> {
    const own = await this.validate(failures);
    const graph = await this.store.subgraph([...own.keys()]);
    const propagation = propagate(graph, own);
    const affected = [...propagation.states.keys()];
    const ofKind = (kind: string) => affected.filter((id) => graph.nodes.get(id)?.kind === kind);
    const reach = await this.store.reach(ofKind('ServiceOffering'), ofKind('Service'));
    return buildImpactReport(graph, propagation, [...own.keys()], reach);
  }

  private async validate(failures: readonly Failure[]): Promise<Map<string, State>> {
    if (failures.length === 0) throw new ValidationError('Name at least one failure');
    if (failures.length > MAX_FAILURES) {
      throw new ValidationError(`At most ${MAX_FAILURES} failures per question, got ${failures.length}`);
    }
    const own = new Map<string, State>();
    for (const failure of failures) {
      if (failure.id.trim() === '') throw new ValidationError('A failure id must not be empty');
      own.set(failure.id, worst(own.get(failure.id) ?? 'UP', failure.state));
    }
    const found = await this.entities.byIds([...own.keys()]);
    const unknown = [...own.keys()].filter((id) => !found.has(id));
    if (unknown.length > 0) throw new NotFoundError(`No entity has the id ${quoteList(unknown)}`, { ids: unknown });
    const cannotFail = [...found.values()].filter((entity) => !isImpactKind(entity.label));
    if (cannotFail.length > 0) {
      throw new ValidationError(
        `Only components, redundancy groups, services, service interfaces and offerings can fail; ` +
          `${quoteList(cannotFail.map((e) => `${e.id} (${e.label})`))} cannot`,
        { ids: cannotFail.map((e) => e.id) },
      );
    }
    return own;
  }
}

function quoteList(items: string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}
