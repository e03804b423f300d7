import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Bounds how many Neo4j sessions are open at once, so one request with a thousand aliases cannot
 * take every Bolt worker thread: a process-wide cap (SessionLimiter) and a per-request budget
 * (withSessionBudget). Both hand out permits first come, first served.
 *
 * Deadlock rule: work that already holds a permit (a transaction function, and everything it
 * starts) reuses that permit when it calls the gateway again, instead of queueing behind callers
 * who are waiting for the permit it holds.
 */

/** A counting semaphore whose waiters are served in arrival order. */
export class FifoSemaphore {
  private used = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`a semaphore needs a capacity of 1 or more, got ${capacity}`);
  }

  get inUse(): number {
    return this.used;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Resolves with a release function once a permit is free; release is idempotent. */
  async acquire(): Promise<() => void> {
    // Nobody may overtake a waiter: a free permit goes to the queue first.
    if (this.used < this.capacity && this.queue.length === 0) this.used += 1;
    else await new Promise<void>((resolve) => this.queue.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // The permit passes straight to the next waiter: `used` stays the same.
      if (next) next();
      else this.used -= 1;
    };
  }
}

/** Marks the async context of work that holds a permit; `active` goes false when it is given back. */
interface Lease {
  active: boolean;
}

const budgets = new AsyncLocalStorage<FifoSemaphore>();
const leases = new AsyncLocalStorage<Lease>();

/**
 * Runs fn with its own budget of `limit` concurrent sessions, shared by everything fn starts (an
 * HTTP request's resolvers and loaders). Calls outside any budget (CLI, background work) are bounded
 * by the process-wide cap only. Express: `app.use((req, res, next) => withSessionBudget(4, next))`.
 */
export function withSessionBudget<T>(limit: number, fn: () => T): T {
  return budgets.run(new FifoSemaphore(limit), fn);
}

export class SessionLimiter {
  private readonly global: FifoSemaphore;

  constructor(maxSessions: number) {
    this.global = new FifoSemaphore(maxSessions);
  }

  /** Sessions open now and callers waiting for one, across the process. */
  get stats(): { inUse: number; waiting: number; capacity: number } {
    return { inUse: this.global.inUse, waiting: this.global.waiting, capacity: this.global.capacity };
  }

  /**
   * Runs work once both the caller's request budget (if any) and the process-wide cap have a
   * permit for it; nested calls from work that holds a permit run at once on that permit.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (leases.getStore()?.active) return work();
    const budget = budgets.getStore();
    // Budget first, then the global cap: a request never holds a global permit while it waits for
    // one of its own, so its siblings cannot starve other requests of global permits.
    const releaseBudget = budget ? await budget.acquire() : undefined;
    const releaseGlobal = await this.global.acquire();
    const lease: Lease = { active: true };
    try {
      return await leases.run(lease, work);
    } finally {
      lease.active = false;
      releaseGlobal();
      releaseBudget?.();
    }
  }
}
