import { StatusChange } from '../domain/status';
import { EventHub } from './eventHub';

/** How long a published change's id is remembered: longer than any relay's overlap. */
const REMEMBER_MS = 120_000;

/**
 * The process's status events. A change can arrive twice (from this process's own write and from
 * the relay that polls for other processes' writes), so each is published once, by its id.
 */
export class StatusHub extends EventHub<StatusChange> {
  private readonly published = new Map<string, number>();

  publishOnce(change: StatusChange, now = Date.now()): boolean {
    if (this.published.has(change.id)) return false;
    this.published.set(change.id, now);
    for (const [id, at] of this.published) {
      // Insertion order is time order: stop at the first one still remembered.
      if (now - at < REMEMBER_MS) break;
      this.published.delete(id);
    }
    this.publish(change);
    return true;
  }
}
