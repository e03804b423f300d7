/**
 * In-process publish/subscribe for subscriptions. One hub per process: events from this process's
 * writes reach this process's subscribers; StatusRelay brings in other processes' status changes.
 */
export class EventHub<T> {
  private readonly listeners = new Set<(event: T) => void>();
  private readonly idleListeners: (() => void)[] = [];

  /** Calls back whenever the last subscriber leaves. */
  onIdle(callback: () => void): void {
    this.idleListeners.push(callback);
  }

  publish(event: T): void {
    for (const listener of this.listeners) listener(event);
  }

  /**
   * Events from now on, until the consumer stops iterating; a slow consumer's backlog is bounded.
   * With `latestOnly`, events that arrive while the consumer is busy collapse into the newest one:
   * for consumers that look again at the whole state on any event (the current impact), so a storm
   * of 10,000 status changes costs them one more look, not 10,000.
   */
  subscribe(maxBacklog = 1000, latestOnly = false): AsyncIterableIterator<T> {
    const backlog: T[] = [];
    let wake: ((result: IteratorResult<T>) => void) | null = null;
    let done = false;
    const listener = (event: T) => {
      if (wake) {
        const resolve = wake;
        wake = null;
        resolve({ value: event, done: false });
      } else if (latestOnly) {
        backlog[0] = event;
      } else if (backlog.length < maxBacklog) {
        backlog.push(event);
      }
    };
    this.listeners.add(listener);
    const stop = (): Promise<IteratorResult<T>> => {
      done = true;
      if (this.listeners.delete(listener) && this.listeners.size === 0) for (const idle of this.idleListeners) idle();
      wake?.({ value: undefined, done: true });
      wake = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (backlog.length > 0) return Promise.resolve({ value: backlog.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (wake = resolve));
      },
      return: stop,
      throw: async (error?: unknown) => {
        await stop();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }
}
