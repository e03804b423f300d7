import { ImpactGraph } from '../impact/impactGraph';
import { State } from '../impact/state';
import { DOWN, codeOfState, stateOfCode } from './networkIndex';
import { singleElementCuts } from './singleElementCuts';
import { connectivityTolerance } from './tolerance';

/** How a connectivity stands and how much it can take: the answer on-call engineers and architects read. */
export interface ConnectivityAnswer {
  connectivityId: string;
  networkId: string | null;
  state: State;
  /** Fewest available routers and links whose failure (on top of the given ones) takes it DOWN; 0 when DOWN. */
  tolerance: number;
  /** One such smallest set, sorted. */
  cut: string[];
  /** Elements that alone would take it DOWN now (with the given failures): empty when tolerance > 1. */
  singleCuts: string[];
  /** One best path: routers and links from an attachment point to a destination; empty when DOWN. */
  bestPath: string[];
  /** False when it constrains nothing: no network, no usable points or no path even with all UP. */
  routable: boolean;
  summary: string;
}

/**
 * A connectivity's state, tolerance (minimum vertex cut by max-flow) and best path, given every
 * node's state (a propagation's), so failures elsewhere (a site's power) count as they are.
 */
export function connectivityAnswer(graph: ImpactGraph, id: string, stateOf: (id: string) => State): ConnectivityAnswer {
  const model = graph.connectivityModel(id);
  const compiled = graph.compiledNeed(id);
  const networkId = model?.network ? model.network : null;
  if (!compiled) {
    return {
      connectivityId: id, networkId, state: stateOf(id), tolerance: 0, cut: [], singleCuts: [], bestPath: [], routable: false,
      summary: `${id} constrains nothing: ${networkId ? 'no path joins its points even with everything UP' : 'it names no network'}`,
    };
  }
  const { network, need } = compiled;
  const code = (element: number) => codeOfState(stateOf(network.elements[element]));
  const state = stateOfCode(Math.max(network.evaluate(need, code), codeOfState(stateOf(id))));
  const { size, cut } = state === 'DOWN' ? { size: 0, cut: [] } : connectivityTolerance(network, need, code);
  const bestPath = state === 'DOWN' ? [] : (network.bestPath(need, code) ?? []);
  // Single cuts now: on top of the elements already DOWN (a DEGRADED one still carries traffic).
  const down = new Set(network.elements.map((_, e) => e).filter((e) => code(e) === DOWN));
  const singleCuts = size === 1 ? singleElementCuts(network, need, down) : [];
  return { connectivityId: id, networkId, state, tolerance: size, cut, singleCuts, bestPath, routable: true, summary: summarize(id, state, size, cut) };
}

function summarize(id: string, state: State, size: number, cut: string[]): string {
  if (state === 'DOWN') return `${id} is DOWN: no path of available routers and links joins its points`;
  if (size === 1) return `${id} is ${state}; one failure takes it DOWN, e.g. ${cut[0]}`;
  const survives = size === 2 ? 'survives any single failure' : `survives any ${size - 1} failures`;
  return `${id} is ${state}; ${survives}; these ${size} together take it DOWN: ${cut.join(', ')}`;
}
