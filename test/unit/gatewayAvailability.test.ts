import { Driver } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../../src/domain/errors';
import { DEFAULT_MAX_SESSIONS, Gateway, GatewayOptions } from '../../src/neo4j/gateway';
import { withSessionBudget } from '../../src/neo4j/sessionLimiter';

/**
 * The gateway's availability circuit, statement hook and session cap on a stand-in driver whose
 * database can be switched off and on, and whose statements can be held open.
 */
function standInDriver() {
  const state = {
    up: true,
    sessionsOpened: 0,
    sessionsOpen: 0,
    maxSessionsOpen: 0,
    probes: 0,
    probesRunning: 0,
    maxProbesRunning: 0,
    /** While set, statements wait for it: a slow query. */
    hold: undefined as Promise<void> | undefined,
    /** While set, probes wait for it: a probe that takes a while to fail or answer. */
    holdProbe: undefined as Promise<void> | undefined,
    failWith: undefined as { code: string; message: string } | undefined,
  };
  const unavailable = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ServiceUnavailable' });
  const tx = {
    run: async () => {
      if (state.hold) await state.hold;
      if (!state.up) throw unavailable();
      if (state.failWith) throw Object.assign(new Error(state.failWith.message), { code: state.failWith.code });
      return { records: [{ toObject: () => ({ answer: 42 }) }] };
    },
  };
  const probe = async () => {
    state.probes += 1;
    state.probesRunning += 1;
    state.maxProbesRunning = Math.max(state.maxProbesRunning, state.probesRunning);
    try {
      if (state.holdProbe) await state.holdProbe;
      if (!state.up) throw unavailable();
      return { records: [] };
    } finally {
      state.probesRunning -= 1;
    }
  };
  const driver = {
    // A session counts as open for work once a transaction runs in it; probes run `RETURN 1` instead.
    session: () => {
      let working = false;
      const execute = async <T>(work: (t: typeof tx) => Promise<T>) => {
        if (!working) {
          working = true;
          state.sessionsOpened += 1;
          state.sessionsOpen += 1;
          state.maxSessionsOpen = Math.max(state.maxSessionsOpen, state.sessionsOpen);
        }
        if (!state.up) throw unavailable();
        return work(tx);
      };
      return {
        executeRead: execute,
        executeWrite: execute,
        run: probe,
        close: async () => {
          if (working) state.sessionsOpen -= 1;
        },
      };
    },
    verifyConnectivity: async () => {
      if (!state.up) throw unavailable();
      return {};
    },
    close: async () => undefined,
  } as unknown as Driver;
  return { driver, state };
}

const cypher: ReadonlyMap<string, string> = new Map([
  ['answer', 'RETURN 42 AS answer'],
  ['broken', 'RETURN nonsense'],
]);

function gatewayOn(driver: Driver, options: GatewayOptions = {}) {
  const changes: boolean[] = [];
  const gateway = new Gateway(driver, 'neo4j', cypher, { probeIntervalMs: 5, onAvailabilityChange: (up) => changes.push(up), ...options });
  return { gateway, changes };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('the availability circuit', () => {
  let gateways: Gateway[] = [];
  const track = <T extends { gateway: Gateway }>(made: T): T => {
    gateways.push(made.gateway);
    return made;
  };
  afterEach(async () => {
    for (const gateway of gateways) await gateway.close();
    gateways = [];
  });

  test('after a connection failure, calls fail at once without opening a session', async () => {
    const { driver, state } = standInDriver();
    const { gateway, changes } = track(gatewayOn(driver));
    state.up = false;
    state.holdProbe = new Promise(() => undefined); // the probe never finishes in this test
    await expect(gateway.read('answer')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(gateway.available).toBe(false);
    expect(changes).toEqual([false]);

    const opened = state.sessionsOpened;
    const failures = await Promise.all(
      [gateway.read('answer'), gateway.write('answer'), gateway.writeTransaction((tx) => tx.run('answer')), gateway.verifyConnectivity()].map((p) =>
        p.catch((e: unknown) => e),
      ),
    );
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(DatabaseUnavailableError);
      expect((failure as DatabaseUnavailableError).code).toBe('DATABASE_UNAVAILABLE');
    }
    expect(state.sessionsOpened).toBe(opened);
  });

  test('one background probe asks until the database answers, then calls flow again', async () => {
    const { driver, state } = standInDriver();
    const { gateway, changes } = track(gatewayOn(driver));
    state.up = false;
    await expect(gateway.read('answer')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    // Many callers meanwhile start no probes of their own.
    await Promise.all(Array.from({ length: 50 }, () => gateway.read('answer').catch(() => undefined)));
    await until(() => state.probes >= 3);
    expect(gateway.available).toBe(false);
    expect(state.maxProbesRunning).toBe(1);

    state.up = true;
    await until(() => gateway.available);
    expect(await gateway.read('answer')).toEqual([{ answer: 42 }]);
    expect(changes).toEqual([false, true]);
  });

  test('a probe that answers at once closes the circuit at once (one broken connection, not a dead database)', async () => {
    const { driver, state } = standInDriver();
    const changes: boolean[] = [];
    const { gateway } = track({
      gateway: new Gateway(driver, 'neo4j', cypher, {
        probeIntervalMs: 60_000,
        onAvailabilityChange: (up) => {
          changes.push(up);
          state.up = true; // the probe, run next, finds it answering
        },
      }),
    });
    state.up = false;
    await expect(gateway.read('answer')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await until(() => gateway.available);
    expect(changes).toEqual([false, true]);
    expect(state.probes).toBe(1);
  });

  test('callers queued for a session when the database goes fail at once when their turn comes', async () => {
    const { driver, state } = standInDriver();
    const { gateway } = track(gatewayOn(driver, { maxSessions: 1 }));
    let release!: () => void;
    state.hold = new Promise<void>((resolve) => (release = resolve));
    state.holdProbe = new Promise(() => undefined);
    const first = gateway.read('answer').catch((e: unknown) => e);
    const queued = Array.from({ length: 5 }, () => gateway.read('answer').catch((e: unknown) => e));
    await until(() => gateway.sessions.waiting === 5);
    state.up = false;
    release();
    for (const outcome of await Promise.all([first, ...queued])) expect(outcome).toBeInstanceOf(DatabaseUnavailableError);
    expect(state.sessionsOpened).toBe(1);
  });

  test('errors that are not about reaching the database leave the circuit closed', async () => {
    const { driver, state } = standInDriver();
    const { gateway, changes } = track(gatewayOn(driver));
    state.failWith = { code: 'Neo.ClientError.Statement.SyntaxError', message: 'bad' };
    await expect(gateway.read('broken')).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    await expect(gateway.read('nameless')).rejects.toThrow('unknown Cypher statement "nameless"');
    expect(gateway.available).toBe(true);
    expect(changes).toEqual([]);
    expect(state.probes).toBe(0);
  });

  test('close() stops the probe', async () => {
    const { driver, state } = standInDriver();
    const { gateway } = gatewayOn(driver);
    state.up = false;
    await expect(gateway.read('answer')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await until(() => state.probes >= 1);
    await gateway.close();
    const probes = state.probes;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(state.probes).toBeLessThanOrEqual(probes + 1);
  });
});

describe('the statement hook and the session cap', () => {
  test('onStatement hears every named statement with its duration and outcome', async () => {
    const { driver, state } = standInDriver();
    const heard: { name: string; ms: number; ok: boolean }[] = [];
    const gateway = new Gateway(driver, 'neo4j', cypher, { onStatement: (name, ms, ok) => heard.push({ name, ms, ok }) });
    await gateway.read('answer');
    await gateway.writeTransaction(async (tx) => {
      await tx.run('answer');
      await tx.run('answer');
    });
    state.failWith = { code: 'Neo.ClientError.Statement.SyntaxError', message: 'bad' };
    await gateway.read('broken').catch(() => undefined);
    expect(heard.map(({ name, ok }) => [name, ok])).toEqual([
      ['answer', true],
      ['answer', true],
      ['answer', true],
      ['broken', false],
    ]);
    for (const { ms } of heard) expect(ms).toBeGreaterThanOrEqual(0);
    expect(gateway.statementCount).toBe(4);
    await gateway.close();
  });

  test('a failing onStatement listener does not fail the query', async () => {
    const { driver } = standInDriver();
    const gateway = new Gateway(driver, 'neo4j', cypher, {
      onStatement: () => {
        throw new Error('metrics down');
      },
    });
    expect(await gateway.read('answer')).toEqual([{ answer: 42 }]);
    await gateway.close();
  });

  test('maxSessions bounds the sessions open at once; the three positional parameters still work alone', async () => {
    const capped = standInDriver();
    const gateway = new Gateway(capped.driver, 'neo4j', cypher, { maxSessions: 3 });
    let release!: () => void;
    capped.state.hold = new Promise<void>((resolve) => (release = resolve));
    const reads = Array.from({ length: 20 }, () => gateway.read('answer'));
    await until(() => gateway.sessions.waiting === 17);
    expect(capped.state.sessionsOpen).toBe(3);
    release();
    await Promise.all(reads);
    expect(capped.state.maxSessionsOpen).toBe(3);
    await gateway.close();

    const plain = standInDriver();
    const defaults = new Gateway(plain.driver, 'neo4j', cypher);
    expect(defaults.sessions.capacity).toBe(DEFAULT_MAX_SESSIONS);
    expect(await defaults.read('answer')).toEqual([{ answer: 42 }]);
    await defaults.close();
  });

  test("a request's budget and a transaction function that reads through the gateway again do not deadlock", async () => {
    const { driver, state } = standInDriver();
    const gateway = new Gateway(driver, 'neo4j', cypher, { maxSessions: 1 });
    const results = await withSessionBudget(1, () =>
      Promise.all(
        Array.from({ length: 5 }, () =>
          gateway.writeTransaction(async (tx) => {
            const [inner] = await gateway.read('answer');
            const [outer] = await tx.run('answer');
            return Number(inner.answer) + Number(outer.answer);
          }),
        ),
      ),
    );
    expect(results).toEqual([84, 84, 84, 84, 84]);
    // The nested read ran on the outer call's permit: two sessions at most, never more.
    expect(state.maxSessionsOpen).toBe(2);
    await gateway.close();
  });
});
