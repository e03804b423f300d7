import { createLoaders } from '../loaders/createLoaders';
import { Stores, createServices } from './createServices';

/**
 * Applies held statuses once their hold-down has passed, every `everyMs`, for when no event comes
 * to do it (each batch of events applies the due ones first). The holds live in the graph, so a
 * restart loses none: the first round after it applies what fell due meanwhile. Returns stop.
 */
export function startHoldSweep(stores: Stores, everyMs: number, warn: (message: string) => void): () => void {
  let sweeping = false;
  const timer = setInterval(() => {
    // A round that outlasts the interval (a slow database) is not queued behind by more rounds.
    if (sweeping) return;
    sweeping = true;
    // Each change is authored by the identity whose event made it, not by the sweep.
    createServices(stores, createLoaders(stores.entities), 'hold-down-sweep')
      .events.sweep()
      .catch((error: unknown) => warn(`held statuses not applied this round: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        sweeping = false;
      });
  }, everyMs);
  // Never keeps the process alive by itself.
  timer.unref();
  return () => clearInterval(timer);
}
