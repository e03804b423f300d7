import { GraphChange } from '../domain/graphChange';
import { checkRange } from '../domain/validation/checkRange';
import { Gateway } from '../neo4j/gateway';
import { changeStore } from '../store/changeStore';

/** Changes of the graph, newest first: of one id (entity or relationship end), or all. */
export function changeHistory(gateway: Gateway, id: string | null, first: number): Promise<GraphChange[]> {
  checkRange('first', first, 1, 1000);
  return changeStore.history(gateway, id, first);
}
