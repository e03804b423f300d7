import neo4j, { Driver, ManagedTransaction } from 'neo4j-driver';
import { DatabaseUnavailableError, TooLargeError } from '../domain/errors';
import { CypherFiles, splitStatements } from './cypherFiles';
import { toNative } from './toNative';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs named statements inside one write transaction: all of them land or none does. */
export interface WriteTransaction {
  run(name: string, params?: Params): Promise<Row[]>;
}

/**
 * The one module that talks to Neo4j. It owns routing (reads go to READ), the database name,
 * retries (the driver's managed transactions), value conversion and error translation, and it
 * counts statements so tests can prove that loaders batch.
 */
export class Gateway {
  private statements = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly cypher: CypherFiles,
  ) {}

  /** Statements sent since this gateway was built. */
  get statementCount(): number {
    return this.statements;
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    const text = this.text(name);
    return this.translate(() =>
      this.session('READ', (s) => s.executeRead((tx) => this.runIn(tx, text, params))),
    );
  }

  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.translate(() =>
      this.session('WRITE', (s) =>
        s.executeWrite((tx) => work({ run: (name, params = {}) => this.runIn(tx, this.text(name), params) })),
      ),
    );
  }

  /**
   * One write transaction run once, without the driver's retries: for bulk writes (imports, the
   * seed), where a retry would redo minutes of work and fail the same way (e.g. on Neo4j's
   * transaction memory limit, which the driver counts as transient). Streams stay re-readable.
   */
  async writeTransactionOnce<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.translate(() =>
      this.session('WRITE', async (s) => {
        const tx = s.beginTransaction();
        try {
          const result = await work({ run: (name, params = {}) => this.runIn(tx, this.text(name), params) });
          await tx.commit();
          return result;
        } catch (error) {
          if (tx.isOpen()) await tx.rollback();
          throw error;
        }
      }),
    );
  }

  /** Applies a file of schema statements (constraints, indexes), each idempotent by itself. */
  async applySchema(name: string): Promise<number> {
    const statements = splitStatements(this.text(name));
    for (const statement of statements) {
      // Schema statements cannot share a transaction with each other or with data writes.
      await this.translate(() => this.session('WRITE', (s) => s.run(statement).then(() => undefined)));
      this.statements += 1;
    }
    return statements.length;
  }

  async verifyConnectivity(): Promise<void> {
    await this.translate(async () => {
      await this.driver.verifyConnectivity({ database: this.database });
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private text(name: string): string {
    const text = this.cypher.get(name);
    if (text === undefined) throw new Error(`unknown Cypher statement "${name}"`);
    return text;
  }

  private async runIn(tx: Pick<ManagedTransaction, 'run'>, text: string, params: Params): Promise<Row[]> {
    this.statements += 1;
    const result = await tx.run(text, params);
    return result.records.map((record) => toNative(record.toObject()) as Row);
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }

  private async translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUnavailable(error)) {
        throw new DatabaseUnavailableError('The graph database is unavailable; try again shortly');
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
    // Fail fast: an on-call engineer needs "database unavailable" in seconds, not after 30 s of retries.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
  });
}
