import { randomUUID } from 'node:crypto';
import neo4j, { Driver, ManagedTransaction } from 'neo4j-driver';
import { DatabaseUnavailableError, TooLargeError } from '../domain/errors';
import { Availability, UNAVAILABLE_MESSAGE } from './availability';
import { CypherFiles, splitStatements } from './cypherFiles';
import { retryDeadlocks } from './retryDeadlocks';
import { SessionLimiter } from './sessionLimiter';
import { toNative } from './toNative';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs named statements inside one write transaction: all of them land or none does. */
export interface WriteTransaction {
  run(name: string, params?: Params): Promise<Row[]>;
  /** Who writes: this gateway's writerId (the topology lease tells its holder's writes from others'). */
  readonly writer: string;
}

export interface GatewayOptions {
  /**
   * Sessions open at once across the process (default 64): below the driver's pool (100) and
   * Neo4j's Bolt worker threads, so a burst queues here instead of exhausting the server.
   */
  maxSessions?: number;
  /** Called after every named statement with its duration and outcome (metrics, slow-query logs). */
  onStatement?: (name: string, ms: number, ok: boolean) => void;
  /** Called when the database stops answering (false) and when it answers again (true). */
  onAvailabilityChange?: (available: boolean) => void;
  /** How often the background probe asks a database that stopped answering (default 1000 ms). */
  probeIntervalMs?: number;
}

// Below the embedded launcher's 64 Bolt threads, with room for health probes and other processes.
export const DEFAULT_MAX_SESSIONS = 48;

/**
 * The one module that talks to Neo4j. It owns routing (reads go to READ), the database name,
 * retries (the driver's managed transactions), value conversion and error translation, and it
 * counts statements so tests can prove that loaders batch. It bounds open sessions (see
 * sessionLimiter.ts) and, once the database stops answering, fails calls at once until a
 * background probe sees it answer again (see availability.ts).
 */
export class Gateway {
  private statements = 0;
  private readonly limiter: SessionLimiter;
  private readonly availability: Availability;
  private readonly onStatement: GatewayOptions['onStatement'];
  private readonly writeListeners = new Set<(statements: ReadonlySet<string>) => void>();
  /** This gateway's name as a writer, unique per gateway (one per API process). */
  readonly writerId = randomUUID();

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly cypher: CypherFiles,
    options: GatewayOptions = {},
  ) {
    this.limiter = new SessionLimiter(options.maxSessions ?? DEFAULT_MAX_SESSIONS);
    this.onStatement = options.onStatement;
    this.availability = new Availability(() => this.probe(), {
      intervalMs: options.probeIntervalMs ?? 1000,
      onChange: options.onAvailabilityChange,
    });
  }

  /** Statements sent since this gateway was built. */
  get statementCount(): number {
    return this.statements;
  }

  /** False from a connection failure until the background probe sees the database answer again. */
  get available(): boolean {
    return this.availability.available;
  }

  /** Sessions open now and callers queued for one, across the process. */
  get sessions(): { inUse: number; waiting: number; capacity: number } {
    return this.limiter.stats;
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    this.text(name); // an unknown name fails here, before a session is opened
    return this.translate(() =>
      this.session('READ', (s) => s.executeRead((tx) => this.runIn(tx, name, params))),
    );
  }

  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const ran = new Set<string>();
    return this.settled(ran, () =>
      this.translate(() =>
        retryDeadlocks(() =>
          this.session('WRITE', (s) =>
            s.executeWrite((tx) => work({ run: (name, params = {}) => (ran.add(name), this.runIn(tx, name, params)), writer: this.writerId })),
          ),
        ),
      ),
    );
  }

  /**
   * A write the write listeners do not hear of: the topology lease's own bookkeeping, which changes
   * no entity (hearing of it would void the very lease it renews).
   */
  async writeUnobserved(name: string, params: Params = {}): Promise<Row[]> {
    return this.translate(() => this.session('WRITE', (s) => s.executeWrite((tx) => this.runIn(tx, name, params))));
  }

  /**
   * Calls the listener after every write transaction of this gateway has ended, committed or not,
   * before its caller hears of it, with the names of the statements it ran: the in-memory topology
   * trusts what it holds only while it knows of no write since its last check that may have
   * changed it (see topologyLease.ts). Returns the unsubscribe function.
   */
  onWriteSettled(listener: (statements: ReadonlySet<string>) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private async settled<T>(statements: ReadonlySet<string>, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      for (const listener of this.writeListeners) {
        try {
          listener(statements);
        } catch {
          // A listener's failure must not turn a committed write into an error.
        }
      }
    }
  }

  /**
   * One write transaction run once, without the driver's retries: for bulk writes (imports, the
   * seed), where a retry would redo minutes of work and fail the same way (e.g. on Neo4j's
   * transaction memory limit, which the driver counts as transient). Streams stay re-readable.
   */
  async writeTransactionOnce<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const ran = new Set<string>();
    return this.settled(ran, () =>
      this.translate(() =>
        this.session('WRITE', async (s) => {
          const tx = s.beginTransaction();
          try {
            const result = await work({ run: (name, params = {}) => (ran.add(name), this.runIn(tx, name, params)), writer: this.writerId });
            await tx.commit();
            return result;
          } catch (error) {
            if (tx.isOpen()) await tx.rollback();
            throw error;
          }
        }),
      ),
    );
  }

  /** Applies a file of schema statements (constraints, indexes), each idempotent by itself. */
  async applySchema(name: string): Promise<number> {
    const statements = splitStatements(this.text(name));
    for (const statement of statements) {
      // Schema statements cannot share a transaction with each other or with data writes.
      await this.translate(() => this.session('WRITE', (s) => this.timed(name, () => s.run(statement))));
      this.statements += 1;
    }
    return statements.length;
  }

  /** Asks the database now; while the circuit is open it fails at once (the probe keeps asking). */
  async verifyConnectivity(): Promise<void> {
    await this.translate(async () => {
      this.availability.assertAvailable();
      await this.driver.verifyConnectivity({ database: this.database });
    });
  }

  async close(): Promise<void> {
    this.availability.close();
    await this.driver.close();
  }

  /**
   * The circuit's probe: one auto-commit `RETURN 1` (no retries, outside the session cap). A query,
   * not just a handshake: Bolt accepts connections before the database serves queries, and the
   * first query also warms a freshly started Neo4j before traffic returns to it.
   */
  private async probe(): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close();
    }
  }

  private text(name: string): string {
    const text = this.cypher.get(name);
    if (text === undefined) throw new Error(`unknown Cypher statement "${name}"`);
    return text;
  }

  private async runIn(tx: Pick<ManagedTransaction, 'run'>, name: string, params: Params): Promise<Row[]> {
    const text = this.text(name);
    this.statements += 1;
    const result = await this.timed(name, () => tx.run(text, params));
    return result.records.map((record) => toNative(record.toObject()) as Row);
  }

  private async timed<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    let ok = false;
    try {
      const result = await run();
      ok = true;
      return result;
    } finally {
      if (this.onStatement) {
        try {
          this.onStatement(name, performance.now() - started, ok);
        } catch {
          // Metrics must never fail a query.
        }
      }
    }
  }

  /** Opens a session once a permit is free (sessionLimiter.ts) and the database is not known down. */
  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    this.availability.assertAvailable();
    return this.limiter.run(async () => {
      // It may have gone down while this call waited for a permit.
      this.availability.assertAvailable();
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      try {
        return await work(session);
      } catch (error) {
        // Before the permit passes on: the callers queued behind this one then fail at once.
        if (isUnavailable(error)) this.availability.markUnavailable();
        throw error;
      } finally {
        await session.close();
      }
    });
  }

  private async translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUnavailable(error)) {
        this.availability.markUnavailable();
        throw new DatabaseUnavailableError(UNAVAILABLE_MESSAGE);
      }
      if ((error as { code?: unknown } | null)?.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
        throw new TooLargeError(
          'The write needs more memory than the database allows one transaction (dbms.memory.transaction.total.max); nothing was written. Give Neo4j a larger heap or import in parts',
        );
      }
      throw error;
    }
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}

export function createDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    // Fail fast: an on-call engineer needs "database unavailable" in seconds, not after 30 s of
    // retries. Only the calls in flight when the database goes pay these; the gateway's circuit
    // fails the rest at once (availability.ts).
    connectionTimeout: 3_000,
    // The gateway keeps sessions below the pool size, so waiting for a pooled connection is rare.
    connectionAcquisitionTimeout: 5_000,
    // Room for a retry or two of a deadlock between concurrent writers, not for an outage.
    maxTransactionRetryTime: 2_000,
    // A pooled connection idle this long is checked (one RESET) before use: a server that went away
    // without closing its sockets (a network cut, a restart behind a proxy) then costs no request.
    connectionLivenessCheckTimeout: 30_000,
    disableLosslessIntegers: false,
  });
}
