/**
 * The order in which a process applies batches of events and the work that must not interleave with
 * them (the hold sweep, opening an incident from alerts): one thing at a time, in arrival order,
 * since each reads what it builds on and two at once could each miss the other's write. Batches that
 * queued while something ran are handed over together, up to `maxEvents` events, so they cost one
 * transaction between them instead of each its own: under load the queue empties in rounds
 * instead of falling behind one request at a time. A round may take only a leading part (at least
 * one) and leave the rest for the next. Should a round of several fail, each of its batches is tried
 * alone, so one request's failure (an entity deleted meanwhile) is not another's.
 */
export class EventQueue<B, R> {
  private readonly pending: Entry<B, R>[] = [];
  private running = false;

  constructor(private readonly maxEvents: number) {}

  /**
   * Queues a batch of `size` events. `together` applies the batches of a round, this one first when
   * it leads, and answers for a leading part of them, in order.
   */
  batch(batch: B, size: number, together: (batches: readonly B[]) => Promise<R[]>): Promise<R> {
    return this.enqueue<R>((resolve, reject) => ({ kind: 'batch', batch, size, together, resolve, reject }));
  }

  /** Queues work that runs alone, after everything queued before it. */
  task<T>(work: () => Promise<T>): Promise<T> {
    return this.enqueue<T>((resolve, reject) => ({ kind: 'task', work, resolve: resolve as (value: unknown) => void, reject }));
  }

  private enqueue<T>(entry: (resolve: (value: T) => void, reject: (error: unknown) => void) => Entry<B, R>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push(entry(resolve, reject));
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending.length > 0) {
        const head = this.pending[0];
        if (head.kind === 'task') {
          this.pending.shift();
          await head.work().then(head.resolve, head.reject);
          continue;
        }
        await this.round(this.takeRound());
      }
    } finally {
      this.running = false;
    }
  }

  /** The leading batches, up to maxEvents events (the first whatever its size). */
  private takeRound(): BatchEntry<B, R>[] {
    let count = 0;
    let events = 0;
    for (const entry of this.pending) {
      if (entry.kind !== 'batch' || (count > 0 && events + entry.size > this.maxEvents)) break;
      count += 1;
      events += entry.size;
    }
    return this.pending.splice(0, count) as BatchEntry<B, R>[];
  }

  private async round(entries: BatchEntry<B, R>[]): Promise<void> {
    let results: R[];
    try {
      results = await entries[0].together(entries.map((e) => e.batch));
    } catch (error) {
      if (entries.length === 1) return entries[0].reject(error);
      for (const entry of entries) {
        await entry.together([entry.batch]).then(([result]) => entry.resolve(result), entry.reject);
      }
      return;
    }
    if (results.length === 0) {
      const error = new Error('a round of event batches answered for none of them');
      return entries.forEach((entry) => entry.reject(error));
    }
    results.forEach((result, i) => entries[i].resolve(result));
    // Left for the next round, ahead of whatever queued meanwhile.
    this.pending.unshift(...entries.slice(results.length));
  }
}

interface BatchEntry<B, R> {
  kind: 'batch';
  batch: B;
  size: number;
  together: (batches: readonly B[]) => Promise<R[]>;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

interface TaskEntry {
  kind: 'task';
  work: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Entry<B, R> = BatchEntry<B, R> | TaskEntry;
