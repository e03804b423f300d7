import { FifoSemaphore, SessionLimiter, withSessionBudget } from '../../src/neo4j/sessionLimiter';

/** A gate a test opens by hand: work that awaits it stays "in a session" until then. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Counts how many works run at once, and the order in which they started. */
function tracker() {
  const state = { now: 0, max: 0, started: [] as string[] };
  const track =
    (name: string, until: Promise<void> = Promise.resolve()) =>
    async () => {
      state.now += 1;
      state.max = Math.max(state.max, state.now);
      state.started.push(name);
      try {
        await until;
        return name;
      } finally {
        state.now -= 1;
      }
    };
  return { state, track };
}

describe('FifoSemaphore', () => {
  test('hands permits out in arrival order, and a free permit never lets a newcomer overtake a waiter', async () => {
    const semaphore = new FifoSemaphore(1);
    const order: string[] = [];
    const first = await semaphore.acquire();
    const waiters = ['a', 'b', 'c'].map((name) => semaphore.acquire().then((release) => (order.push(name), release)));
    expect(semaphore.waiting).toBe(3);
    first();
    // A newcomer arriving just as the permit is freed queues behind the three who were waiting.
    const late = semaphore.acquire().then((release) => (order.push('late'), release));
    (await waiters[0])();
    (await waiters[1])();
    (await waiters[2])();
    (await late)();
    expect(order).toEqual(['a', 'b', 'c', 'late']);
    expect(semaphore.inUse).toBe(0);
  });

  test('releasing twice gives back one permit', async () => {
    const semaphore = new FifoSemaphore(2);
    const release = await semaphore.acquire();
    release();
    release();
    expect(semaphore.inUse).toBe(0);
    await semaphore.acquire();
    await semaphore.acquire();
    expect(semaphore.inUse).toBe(2);
  });

  test('refuses a capacity below one', () => {
    expect(() => new FifoSemaphore(0)).toThrow(RangeError);
  });
});

describe('SessionLimiter', () => {
  test('never runs more works at once than its cap, and starts waiting works in arrival order', async () => {
    const limiter = new SessionLimiter(2);
    const { state, track } = tracker();
    const g = gate();
    const runs = ['a', 'b', 'c', 'd', 'e'].map((name) => limiter.run(track(name, g.opened)));
    await tick();
    expect(state.now).toBe(2);
    expect(limiter.stats).toEqual({ inUse: 2, waiting: 3, capacity: 2 });
    g.open();
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(state.max).toBe(2);
    expect(state.started).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(limiter.stats.inUse).toBe(0);
  });

  test('gives the permit back when the work fails', async () => {
    const limiter = new SessionLimiter(1);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
    expect(limiter.stats.inUse).toBe(0);
  });

  test("one request's budget bounds its own works, while other requests keep the global cap's share", async () => {
    const limiter = new SessionLimiter(64);
    const first = tracker();
    const second = tracker();
    const g = gate();
    const runsOf = (t: ReturnType<typeof tracker>, prefix: string) =>
      Array.from({ length: 10 }, (_, i) => limiter.run(t.track(`${prefix}${i}`, g.opened)));
    const a = withSessionBudget(4, () => runsOf(first, 'a'));
    const b = withSessionBudget(2, () => runsOf(second, 'b'));
    await tick();
    expect(first.state.now).toBe(4);
    expect(second.state.now).toBe(2);
    expect(limiter.stats.inUse).toBe(6);
    g.open();
    await Promise.all([...a, ...b]);
    expect(first.state.max).toBe(4);
    expect(second.state.max).toBe(2);
    expect(first.state.started).toEqual(Array.from({ length: 10 }, (_, i) => `a${i}`));
  });

  test('a budget follows the work across awaits, as resolvers and loaders of one request run', async () => {
    const limiter = new SessionLimiter(64);
    const { state, track } = tracker();
    const g = gate();
    const runs = withSessionBudget(1, async () => {
      await tick();
      const later = async (name: string) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return limiter.run(track(name, g.opened));
      };
      return Promise.all([later('x'), later('y'), limiter.run(track('z', g.opened))]);
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.now).toBe(1);
    g.open();
    await runs;
    expect(state.max).toBe(1);
  });

  test('outside any budget only the global cap applies', async () => {
    const limiter = new SessionLimiter(8);
    const { state, track } = tracker();
    const g = gate();
    const runs = Array.from({ length: 8 }, (_, i) => limiter.run(track(`w${i}`, g.opened)));
    await tick();
    expect(state.now).toBe(8);
    g.open();
    await Promise.all(runs);
  });

  test('a nested call from work that holds a permit reuses it instead of waiting for itself', async () => {
    const limiter = new SessionLimiter(1);
    const inner = await withSessionBudget(1, () => limiter.run(async () => limiter.run(async () => limiter.run(async () => 'inner'))));
    expect(inner).toBe('inner');
    expect(limiter.stats.inUse).toBe(0);
  });

  test('many callers whose works each call the limiter again all finish with a single permit', async () => {
    const limiter = new SessionLimiter(1);
    const results = await withSessionBudget(1, () =>
      Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          limiter.run(async () => {
            await tick();
            const nested = await Promise.all([limiter.run(async () => i * 2), limiter.run(async () => i * 3)]);
            return nested[0] + nested[1];
          }),
        ),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 5));
    expect(limiter.stats).toEqual({ inUse: 0, waiting: 0, capacity: 1 });
  });

  test('work left running after its permit was given back waits for a permit like anyone else', async () => {
    const limiter = new SessionLimiter(1);
    const { state, track } = tracker();
    const g = gate();
    let straggler: Promise<string> | undefined;
    await limiter.run(async () => {
      // Started under the permit, but runs after it is released.
      straggler = new Promise<void>((resolve) => setTimeout(resolve, 5)).then(() => limiter.run(track('straggler')));
    });
    const holder = limiter.run(track('holder', g.opened));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.started).toEqual(['holder']);
    g.open();
    await Promise.all([holder, straggler]);
    expect(state.max).toBe(1);
    expect(state.started).toEqual(['holder', 'straggler']);
  });
});
