import { Fingerprint, LeaseAnswer } from '../store/topologyStore';

/** What the lease needs of the store (TopologyStore in the app; a fake in unit tests). */
export interface LeaseStore {
  renewLease(ttlMs: number, quietMs: number): Promise<LeaseAnswer>;
  releaseLease(): Promise<void>;
  onWriteSettled(listener: () => void): () => void;
}

export interface TopologyLeaseOptions {
  /** How long one grant lasts (default 2000 ms): also the longest another process's writer waits. */
  ttlMs?: number;
  /** After another process wrote, how long before the lease is granted again (default 5000 ms). */
  quietMs?: number;
  /** Taken off the end of each grant for clock drift and scheduling (default 250 ms). */
  marginMs?: number;
  /** After a refusal, how long before asking again (default half the ttl). */
  retryMs?: number;
  now?: () => number;
}

/** What a question knew of the lease before it read the graph (see TopologyLease.ticket). */
export interface LeaseTicket {
  generation: number;
  until: number;
}

interface Trust {
  /** Local writes settled when the renewal was sent: any later one voids the trust. */
  generation: number;
  /** The graph as the grant saw it: the held topology must be exactly this. */
  fingerprint: Fingerprint;
  /** Local clock: the grant's start as sent, plus its ttl, less the margin. */
  until: number;
}

/**
 * Lets one API process answer impact questions from the topology it holds without asking the
 * graph first (the fingerprint round trip), for as long as it provably knows of every topology
 * write acknowledged since. It holds a lease recorded in the graph; every Cascade topology write by
 * another process ends the lease and waits, before it commits, until the holder can no longer be
 * trusting it (cypher/bumpTopologyVersion.cypher), and this process's own writes are heard from the
 * gateway as they end. So a question asked after any acknowledged write either finds the lease
 * voided (and asks the graph as before) or finds a topology that already has the write.
 *
 * Writes made outside Cascade (Cypher by hand) leave no lease mark: they are seen at the next
 * renewal (within half a ttl while questions arrive) by their totals, as before by the fingerprint.
 *
 * The lease is only asked for while questions arrive (no background timer), and renewed when half
 * of it is left. After a local write the question that reads the fingerprint confirms the grant
 * with what it read (a renewal is a write transaction, and running one beside the first answer after
 * every write cost that answer ~30 ms). A process that is refused (another holds it, or another
 * process wrote recently) asks the graph on every question, as every process did before.
 */
export class TopologyLease {
  private readonly ttlMs: number;
  private readonly quietMs: number;
  private readonly marginMs: number;
  private readonly retryMs: number;
  private readonly now: () => number;
  private generation = 0;
  private trust: Trust | null = null;
  private renewing: Promise<void> | null = null;
  private refusedAt = Number.NEGATIVE_INFINITY;
  private closed = false;
  private everGranted = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: LeaseStore,
    options: TopologyLeaseOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 2000;
    this.quietMs = options.quietMs ?? 5000;
    this.marginMs = options.marginMs ?? 250;
    this.retryMs = options.retryMs ?? this.ttlMs / 2;
    this.now = options.now ?? (() => performance.now());
    this.unsubscribe = store.onWriteSettled(() => {
      this.generation += 1;
    });
  }

  /**
   * The graph state the held topology must match for a question to be answered from it without
   * asking; null when the question must ask. Starts a renewal when one is due (not awaited).
   */
  trusted(): Fingerprint | null {
    const trust = this.trust;
    const now = this.now();
    if (!trust || now >= trust.until) {
      if (now - this.refusedAt >= this.retryMs) this.renew();
      return null;
    }
    if (trust.until - now < (this.ttlMs - this.marginMs) / 2) this.renew();
    // A local write voids the vouching but not the grant: the question reads the fingerprint and
    // confirms the grant with it (confirm()), with no renewal beside the first answer after a write.
    return trust.generation === this.generation ? trust.fingerprint : null;
  }

  /**
   * Taken before a question reads the graph's fingerprint itself: while a grant is in force, no
   * other process's topology write can commit (its writer waits for the grant to lapse), so that
   * read, once the held topology matches it, may vouch for the rest of the grant (confirm()).
   */
  ticket(): LeaseTicket | null {
    const trust = this.trust;
    if (!trust || this.closed || this.now() >= trust.until) return null;
    return { generation: this.generation, until: trust.until };
  }

  /**
   * The held topology now matches a fingerprint read after the ticket was taken: vouch for it until
   * the same grant ends (never longer). Local writes ending after the ticket void it again, since
   * the read may have missed them; a renewal answered meanwhile (another grant) wins.
   */
  confirm(ticket: LeaseTicket, fingerprint: Fingerprint): void {
    const trust = this.trust;
    if (!trust || this.closed || trust.until !== ticket.until || ticket.generation < trust.generation) return;
    if (this.now() >= ticket.until) return;
    this.trust = { generation: ticket.generation, fingerprint: { ...fingerprint }, until: ticket.until };
  }

  /** Whether a grant is in force now (for tests and metrics). */
  get holding(): boolean {
    return this.trust !== null && this.now() < this.trust.until;
  }

  /** Waits for the renewal in flight, if any (tests). */
  async settled(): Promise<void> {
    await this.renewing;
  }

  /** Stops renewing and gives the lease up, so other processes' writers need not wait for it. */
  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    await this.renewing;
    this.trust = null;
    if (this.everGranted) await this.store.releaseLease().catch(() => undefined);
  }

  private renew(): void {
    if (this.renewing || this.closed) return;
    const generation = this.generation;
    const sentAt = this.now();
    this.renewing = this.store
      .renewLease(this.ttlMs, this.quietMs)
      .then(
        (answer) => {
          if (this.closed) return;
          if (answer.granted) {
            this.everGranted = true;
            this.trust = { generation, fingerprint: answer.fingerprint, until: sentAt + this.ttlMs - this.marginMs };
          } else {
            this.trust = null;
            this.refusedAt = this.now();
          }
        },
        () => {
          // The database did not answer: ask it per question again, and not before the retry time.
          this.trust = null;
          this.refusedAt = this.now();
        },
      )
      .finally(() => {
        this.renewing = null;
      });
  }
}
