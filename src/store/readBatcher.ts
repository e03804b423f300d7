import { AsyncResource } from 'node:async_hooks';

export interface ReadBatcherOptions {
  /**
   * Batches of one group (one statement with the same other parameters) sent and not yet answered
   * at once (default 1). Reads that arrive while this many are out wait and go together in the
   * next one: under load, batches grow by themselves; alone, a read goes out at once. With 64
   * clients on the 2-core bench machine, 1 gave batches of ~30 lookups and 0.84-1.0x the bare
   * driver's throughput, 2 gave ~15 and 0.74x: the bigger the batch, the less Bolt work per lookup.
   */
  maxInFlight?: number;
  /** Keys one statement carries at most (default 1000); one caller's keys always go together. */
  maxKeys?: number;
  /** Told of every batch sent: its group, how many distinct keys and how many callers it carries. */
  onBatch?: (group: string, keys: number, callers: number) => void;
}

/** Reads the rows of these keys in one statement; every row names its key (see `keyOf`). */
export type FetchRows<R> = (keys: string[]) => Promise<R[]>;

interface Waiter<R> {
  keys: readonly string[];
  resolve: (rows: Map<string, R[]>) => void;
  reject: (error: unknown) => void;
}

interface Group<R> {
  name: string;
  fetch: FetchRows<R>;
  keyOf: (row: R) => string;
  waiters: Waiter<R>[];
  inFlight: number;
}

/**
 * Coalesces reads by key that different requests ask at about the same time into one statement
 * (`UNWIND $ids`): 64 lookups in one statement cost Neo4j and Bolt far less than 64 statements.
 *
 * Contract, per caller:
 * - Nothing is cached: a batch is sent only after every caller in it arrived, so each answer
 *   reflects every write acknowledged before its question.
 * - A caller gets the rows of its own keys only, in the statement's row order.
 * - A failed batch fails every caller in it and no other.
 *
 * Batches run outside the async context of whichever request happened to arrive first, so one
 * request's session budget (sessionLimiter.ts) is never charged for, or blocks, another's read; the
 * process-wide session cap still bounds them. No caller may hold a session while it waits here
 * (entity reads never run inside a transaction function).
 */
export class ReadBatcher {
  private readonly groups = new Map<string, Group<never>>();
  private readonly maxInFlight: number;
  private readonly maxKeys: number;
  private readonly onBatch: ReadBatcherOptions['onBatch'];
  // The async context of the batcher's creation (the app's start), not of any request.
  private readonly scope = new AsyncResource('ReadBatcher');
  private scheduled = false;

  constructor(options: ReadBatcherOptions = {}) {
    this.maxInFlight = options.maxInFlight ?? 1;
    this.maxKeys = options.maxKeys ?? 1000;
    this.onBatch = options.onBatch;
    if (!Number.isInteger(this.maxInFlight) || this.maxInFlight < 1) throw new RangeError(`maxInFlight must be 1 or more, got ${this.maxInFlight}`);
  }

  /** Callers waiting for a batch to be sent (not those whose batch is out). */
  get waiting(): number {
    let n = 0;
    for (const group of this.groups.values()) n += group.waiters.length;
    return n;
  }

  /**
   * The rows of `keys`, by key (keys without rows are absent), read together with the keys other
   * callers ask of the same group. `group` names the statement and every parameter but the keys:
   * callers of one group must pass equivalent `fetch` and `keyOf`.
   */
  read<R>(group: string, keys: readonly string[], fetch: FetchRows<R>, keyOf: (row: R) => string): Promise<Map<string, R[]>> {
    if (keys.length === 0) return Promise.resolve(new Map());
    return new Promise((resolve, reject) => {
      let pending = this.groups.get(group) as Group<R> | undefined;
      if (!pending) {
        pending = { name: group, fetch, keyOf, waiters: [], inFlight: 0 };
        this.groups.set(group, pending as unknown as Group<never>);
      }
      pending.waiters.push({ keys, resolve, reject });
      // A group at its limit sends again when a batch of it comes back.
      if (pending.inFlight < this.maxInFlight) this.schedule();
    });
  }

  /**
   * Sends on the next turn of the event loop, so callers arriving in the same turn (one request's
   * loaders, or requests read off the same poll) share a statement.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.scope.runInAsyncScope(() =>
      setImmediate(() => {
        this.scheduled = false;
        for (const group of [...this.groups.values()]) this.fill(group);
      }),
    );
  }

  /** Sends the group's waiting callers in as many batches as its limit allows now. */
  private fill<R>(group: Group<R>): void {
    while (group.waiters.length > 0 && group.inFlight < this.maxInFlight) {
      group.inFlight += 1;
      void this.send(group, this.take(group)).finally(() => {
        group.inFlight -= 1;
        if (group.waiters.length > 0) this.fill(group);
        else if (group.inFlight === 0) this.groups.delete(group.name);
      });
    }
  }

  /** The group's first callers, up to maxKeys distinct keys (at least one caller). */
  private take<R>(group: Group<R>): Waiter<R>[] {
    const keys = new Set<string>();
    let count = 0;
    for (const waiter of group.waiters) {
      const added = waiter.keys.filter((k) => !keys.has(k)).length;
      if (count > 0 && keys.size + added > this.maxKeys) break;
      for (const key of waiter.keys) keys.add(key);
      count += 1;
    }
    return group.waiters.splice(0, count);
  }

  private async send<R>(group: Group<R>, waiters: Waiter<R>[]): Promise<void> {
    const keys = [...new Set(waiters.flatMap((w) => w.keys))];
    try {
      this.onBatch?.(group.name, keys.length, waiters.length);
    } catch {
      // Metrics must never fail a read.
    }
    let byKey: Map<string, R[]>;
    try {
      const rows = await group.fetch(keys);
      byKey = new Map();
      for (const row of rows) {
        const key = group.keyOf(row);
        const list = byKey.get(key);
        if (list) list.push(row);
        else byKey.set(key, [row]);
      }
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error);
      return;
    }
    for (const waiter of waiters) {
      const own = new Map<string, R[]>();
      for (const key of waiter.keys) {
        const rows = byKey.get(key);
        if (rows) own.set(key, rows);
      }
      waiter.resolve(own);
    }
  }
}
