import { LiveTopology } from '../domain/impact/liveTopology';
import { Topology } from '../domain/impact/topology';
import { Snapshot } from '../store/topologySnapshot';
import { Fingerprint, RecordedChanges, TopologyStore } from '../store/topologyStore';
import { TopologyLease } from './topologyLease';

/**
 * The impact topology held in memory for the whole process (not per request: it is the estate, not
 * a cache of one answer). Unless the topology lease vouches for the held topology (no write since
 * it last checked, and none by another process possible meanwhile: topologyLease.ts), each question
 * first reads the fingerprint, and in the same statement the changes Cascade recorded after the held
 * version (none, mostly), which are then applied in place (a few milliseconds): a question after a
 * write costs one round trip, like any other. Only a new epoch, totals changed by a write outside
 * Cascade, or a very large batch of changes (another process's big import) loads everything again.
 * One update runs at a time, however many questions arrive meanwhile.
 */
export interface TopologyCacheOptions {
  /** Called after each full load (the first and any later one) with how long reading and building took. */
  onLoad?: (ms: number) => void;
  /** Called after changes were applied in place, with how many and how long reading and applying took. */
  onCatchUp?: (changes: number, ms: number) => void;
  /** Beyond this many recorded changes (and a tenth of the estate's nodes) a full load is cheaper than applying them. */
  maxChangesApplied?: number;
  /** Where the topology is kept between runs: read instead of the first full load, written after full loads and on saveSnapshot(). */
  snapshot?: { read(): Promise<Snapshot | null>; write(snapshot: Snapshot): Promise<void> };
  /** Told when a snapshot was used, set aside or could not be written. */
  onSnapshot?: (event: 'used' | 'set aside' | 'written' | 'not written', detail: string) => void;
  /** While it vouches for the held topology, questions skip the fingerprint round trip (see topologyLease.ts). */
  lease?: TopologyLease;
}

const DEFAULT_MAX_CHANGES_APPLIED = 20_000;

interface Held {
  topology: LiveTopology;
  fingerprint: Fingerprint;
}

/** What a question read in its one statement: the graph's fingerprint and the changes after `since` (null: too many, or another epoch). */
interface CaughtUp {
  since: Fingerprint;
  fingerprint: Fingerprint;
  changes: RecordedChanges | null;
}

export class TopologyCache {
  private current: Held | null = null;
  /** The update in flight, with the tick it started at. */
  private updating: { startedAt: number; promise: Promise<Topology> } | null = null;
  /** Orders questions and updates: an update that started after a question reads every write acknowledged before it. */
  private clock = 0;
  private snapshotTried = false;
  /** The held topology came from the snapshot and has not been checked against the graph yet. */
  private fromSnapshot = false;
  /** The snapshot write under way: one at a time, since they share a temporary file. */
  private saving: Promise<void> | null = null;
  /** What the snapshot on disk holds (topology object, epoch and version), so a second save of it is skipped. */
  private written: { topology: LiveTopology; key: string } | null = null;

  constructor(
    private readonly store: TopologyStore,
    private readonly options: TopologyCacheOptions = {},
  ) {}

  /** True once a topology has been built: impact questions no longer wait for the first load. */
  isLoaded(): boolean {
    return this.current !== null && !this.fromSnapshot;
  }

  /**
   * A topology at least as new as every write acknowledged before this call (read your writes). An
   * update already in flight is shared only if it started after this call; one that started before
   * may have read the graph before such a write, so the question waits for it and updates again.
   */
  async get(): Promise<Topology> {
    const lease = this.options.lease;
    const trusted = lease?.trusted();
    if (trusted && this.current && !this.fromSnapshot && sameState(this.current.fingerprint, trusted)) return this.current.topology;
    const ticket = lease?.ticket() ?? null;
    const topology = await this.fresh();
    // Every read behind this answer started after the ticket: the held state may vouch for the grant's rest.
    if (ticket && this.current?.topology === topology && !this.fromSnapshot) lease!.confirm(ticket, this.current.fingerprint);
    return topology;
  }

  private async fresh(): Promise<Topology> {
    const askedAt = ++this.clock;
    // Holding a topology, the question reads the changes since it with the fingerprint: after a
    // write, catching up then costs no further round trip (see update()).
    const held = this.current && !this.fromSnapshot ? this.current : null;
    let caughtUp: CaughtUp | null = null;
    if (held) {
      const since = { ...held.fingerprint };
      caughtUp = { since, ...(await this.store.catchUp(since, this.maxChanges(held))) };
    }
    const fingerprint = caughtUp ? caughtUp.fingerprint : await this.store.fingerprint();
    for (;;) {
      if (this.current && sameState(this.current.fingerprint, fingerprint)) return this.current.topology;
      const inFlight = this.updating;
      if (inFlight && inFlight.startedAt > askedAt) return inFlight.promise;
      // Its reads started after this question was asked, not after now: questions asked in between
      // must not take it for theirs (startedAt), so it counts from askedAt.
      if (!inFlight) return this.startUpdate(caughtUp && { ...caughtUp, askedAt }).promise;
      // Too old for this question: let it finish (others may be waiting on it), then look again.
      await inFlight.promise.catch(() => undefined);
    }
  }

  private startUpdate(caughtUp: (CaughtUp & { askedAt: number }) | null = null): { startedAt: number; promise: Promise<Topology> } {
    const promise = this.update(caughtUp).finally(() => {
      if (this.updating?.promise === promise) this.updating = null;
    });
    this.updating = { startedAt: caughtUp ? caughtUp.askedAt : ++this.clock, promise };
    return this.updating;
  }

  /** Brings the held topology to the graph's state now: in place when it can, by a full load otherwise. */
  private async update(caughtUp: CaughtUp | null = null): Promise<Topology> {
    const started = performance.now();
    if (!this.current && this.options.snapshot && !this.snapshotTried) {
      this.snapshotTried = true;
      const snapshot = await this.options.snapshot.read().catch(() => null);
      if (snapshot) {
        this.current = { topology: new LiveTopology(snapshot.data), fingerprint: snapshot.fingerprint };
        this.fromSnapshot = true;
      }
    }
    const held = this.current;
    // A few rounds: writes committing while this one catches up move the totals ahead of the version read.
    for (let round = 0; held && round < 3; round += 1) {
      // The question's own read, when it was made against the state held now.
      const read = round === 0 && caughtUp && sameState(caughtUp.since, held.fingerprint) ? caughtUp : null;
      const fingerprint = read ? read.fingerprint : await this.store.fingerprint();
      if (sameState(held.fingerprint, fingerprint)) {
        this.snapshotUsed(`version ${fingerprint.version}, nothing changed since`);
        return held.topology;
      }
      const since = held.fingerprint.version;
      // Same epoch and only Cascade's writes since (a version moved on): apply what they recorded.
      const recorded = fingerprint.epoch === held.fingerprint.epoch && fingerprint.version > since;
      const changes = !recorded ? null : read ? read.changes : await this.store.changesBetween(since, fingerprint.version, this.maxChanges(held));
      if (!changes) break;
      held.topology.apply(changes.changes, String(fingerprint.version));
      // The totals these changes account for: any difference from the graph's is a write outside
      // Cascade, which the next round sees (same version, other totals) and loads afresh for.
      held.fingerprint = {
        ...fingerprint,
        nodes: held.fingerprint.nodes + changes.nodes,
        relationships: held.fingerprint.relationships + changes.relationships,
      };
      notify(() => this.options.onCatchUp?.(changes.changes.length, performance.now() - started));
      if (sameState(held.fingerprint, fingerprint)) {
        this.snapshotUsed(`taken at version ${since}, caught up to ${fingerprint.version}`);
        return held.topology;
      }
    }
    if (this.fromSnapshot) notify(() => this.options.onSnapshot?.('set aside', 'the graph changed in ways its history cannot replay; loading afresh'));
    this.fromSnapshot = false;
    const { fingerprint, data } = await this.store.load();
    const topology = new LiveTopology(data);
    this.current = { topology, fingerprint };
    notify(() => this.options.onLoad?.(performance.now() - started));
    // After the answer: writing tens of megabytes must not hold up the questions waiting for this load.
    if (this.options.snapshot) setImmediate(() => void this.saveSnapshot());
    return topology;
  }

  /** Gives the topology lease up (at a clean shutdown): other processes' writers need not wait for it to lapse. */
  async close(): Promise<void> {
    await this.options.lease?.close();
  }

    /** Writes the held topology to the snapshot (at a clean shutdown, and after full loads). */
  async saveSnapshot(): Promise<void> {
    // The background save after a load and a stop (or a test) asking at once would write the same
    // temporary file together, and one rename would fail: wait for the other, then skip what it wrote.
    while (this.saving) await this.saving;
    const held = this.current;
    const snapshot = this.options.snapshot;
    if (!held || !snapshot) return;
    const key = `${held.fingerprint.epoch}:${held.fingerprint.version}`;
    if (this.written?.topology === held.topology && this.written.key === key) return;
    this.saving = (async () => {
      try {
        await snapshot.write({ fingerprint: { ...held.fingerprint }, data: held.topology.data });
        this.written = { topology: held.topology, key };
        notify(() => this.options.onSnapshot?.('written', `version ${held.fingerprint.version}`));
      } catch (error) {
        notify(() => this.options.onSnapshot?.('not written', error instanceof Error ? error.message : String(error)));
      }
    })();
    try {
      await this.saving;
    } finally {
      this.saving = null;
    }
  }

  private snapshotUsed(detail: string): void {
    if (!this.fromSnapshot) return;
    this.fromSnapshot = false;
    notify(() => this.options.onSnapshot?.('used', detail));
  }

  private maxChanges(held: Held): number {
    return Math.max(this.options.maxChangesApplied ?? DEFAULT_MAX_CHANGES_APPLIED, Math.floor(held.topology.graph.nodes.size / 10));
  }
}

/**
 * Whether two fingerprints name the same graph. Totals that moved while the version stood still
 * mean a write outside Cascade, which left no history to apply.
 */
function sameState(a: Fingerprint, b: Fingerprint): boolean {
  return a.epoch === b.epoch && a.version === b.version && a.nodes === b.nodes && a.relationships === b.relationships;
}

function notify(listener: () => void): void {
  try {
    listener();
  } catch {
    // A metrics listener's failure must not fail an impact question.
  }
}
