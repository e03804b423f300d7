import { StatusStore } from '../store/statusStore';
import { StatusHub } from './statusHub';

/** Seconds a poll looks back before its last change: a change may commit after a newer one. */
const OVERLAP_SECONDS = 10;

/**
 * Carries status changes that other API processes write to the same database to this process's
 * subscribers, so statusChanged and impactChanged work behind a load balancer. While anyone
 * subscribes it polls the change history every `pollMs` from where it last looked (on the
 * database's clock), a little overlapped; the hub publishes each change once. Remote changes
 * arrive within about `pollMs`; this process's own arrive at once.
 */
export class StatusRelay {
  private timer: NodeJS.Timeout | null = null;
  private since: string | null = null;
  /** When the current subscribers began listening: nothing older is theirs. */
  private floor = '';
  /** Bumped when the last subscriber leaves: a round begun before must not move the clock on. */
  private session = 0;
  private polling = false;

  constructor(
    private readonly store: StatusStore,
    private readonly hub: StatusHub,
    private readonly pollMs: number,
    private readonly warn: (message: string) => void,
  ) {
    // Nobody listens: the next subscriber starts from its own moment, not from where these left.
    hub.onIdle(() => {
      this.session += 1;
      this.since = null;
    });
  }

  start(): void {
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    // Never keeps the process alive by itself.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One round (public for tests): starts the clock on the first subscriber, relays after that. */
  async poll(): Promise<void> {
    if (this.polling) return;
    if (this.hub.subscriberCount === 0) {
      this.since = null;
      return;
    }
    this.polling = true;
    const session = this.session;
    try {
      if (this.since === null) {
        const now = await this.store.now();
        if (session === this.session) this.since = this.floor = now;
        return;
      }
      const changes = await this.store.changesSince(this.since, OVERLAP_SECONDS, this.floor);
      if (session !== this.session) return;
      for (const change of changes) {
        this.hub.publishOnce(change);
        if (Date.parse(change.at) > Date.parse(this.since!)) this.since = change.at;
      }
    } catch (error) {
      // The database may be restarting: the next round tries again.
      this.warn(`status relay: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.polling = false;
    }
  }
}
