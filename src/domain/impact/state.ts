/** Availability states, ordered from best to worst. */
export type State = 'UP' | 'DEGRADED' | 'DOWN';

const RANK: Record<State, number> = { UP: 0, DEGRADED: 1, DOWN: 2 };

export function worse(a: State, b: State): boolean {
  return RANK[a] > RANK[b];
}

export function worst(a: State, b: State): State {
  return worse(b, a) ? b : a;
}

/** A soft dependency passes any trouble on as DEGRADED at most. */
export function passedOn(state: State, strength: 'HARD' | 'SOFT'): State {
  return strength === 'SOFT' && state === 'DOWN' ? 'DEGRADED' : state;
}
