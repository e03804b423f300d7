import { TopologyLease } from '../../src/services/topologyLease';
import { Fingerprint, LeaseAnswer } from '../../src/store/topologyStore';

const F1: Fingerprint = { version: 1, epoch: 'e', nodes: 10, relationships: 20 };
const F2: Fingerprint = { version: 2, epoch: 'e', nodes: 11, relationships: 20 };

/** A store whose renewals the test answers one by one, a clock the test moves, and local writes it makes. */
function fixture(options: { ttlMs?: number; marginMs?: number; retryMs?: number } = {}) {
  let clock = 1000;
  const asked: { resolve: (answer: LeaseAnswer) => void; reject: (error: Error) => void }[] = [];
  let listener: (() => void) | null = null;
  let released = 0;
  const lease = new TopologyLease(
    {
      renewLease: () => new Promise<LeaseAnswer>((resolve, reject) => asked.push({ resolve, reject })),
      releaseLease: async () => {
        released += 1;
      },
      onWriteSettled: (l) => {
        listener = l;
        return () => {
          listener = null;
        };
      },
    },
    { ttlMs: 2000, marginMs: 200, quietMs: 5000, ...options, now: () => clock },
  );
  return {
    lease,
    asked,
    advance: (ms: number) => (clock += ms),
    localWrite: () => listener?.(),
    get released() {
      return released;
    },
    get subscribed() {
      return listener !== null;
    },
    async answer(answer: LeaseAnswer) {
      asked.shift()!.resolve(answer);
      await lease.settled();
    },
  };
}

type Fixture = ReturnType<typeof fixture>;

describe('the topology lease vouches for the held topology only while no acknowledged write can be missing', () => {
  test('before any grant every question must ask, and the first one asks for the lease', () => {
    const f = fixture();
    expect(f.lease.trusted()).toBeNull();
    expect(f.asked).toHaveLength(1);
    // One renewal at a time however many questions arrive.
    expect(f.lease.trusted()).toBeNull();
    expect(f.asked).toHaveLength(1);
  });

  test('a grant vouches for the fingerprint it saw until the ttl less the margin, counted from when it was asked', async () => {
    const f = fixture();
    f.lease.trusted();
    f.advance(300); // the answer takes a while: the grant still counts from the asking
    await f.answer({ granted: true, fingerprint: F1 });
    expect(f.lease.trusted()).toEqual(F1);
    f.advance(2000 - 200 - 300 - 1);
    expect(f.lease.trusted()).toEqual(F1);
    f.advance(1);
    expect(f.lease.trusted()).toBeNull();
  });

  test('a local write ending voids the vouching at once; the question that reads the fingerprint confirms the grant, with no renewal', async () => {
    const f = fixture();
    f.lease.trusted();
    await f.answer({ granted: true, fingerprint: F1 });
    f.localWrite();
    expect(f.lease.trusted()).toBeNull();
    expect(f.asked).toHaveLength(0);
    const ticket = f.lease.ticket()!;
    f.lease.confirm(ticket, F2);
    expect(f.lease.trusted()).toEqual(F2);
    expect(f.asked).toHaveLength(0);
    // The confirmation lasts as long as the grant did, not longer.
    f.advance(2000 - 200 - 1);
    expect(f.lease.trusted()).toEqual(F2);
    f.advance(1);
    expect(f.lease.trusted()).toBeNull();
  });

  test.each([
    ['a local write ends after the ticket (the read may have missed it)', (f: Fixture) => f.localWrite(), false],
    ['the grant ran out meanwhile', (f: Fixture) => f.advance(2000), false],
    ['the lease was closed meanwhile', (f: Fixture) => void f.lease.close(), false],
    ['nothing happened meanwhile', () => undefined, true],
  ])('a confirmation counts only when no write could be missing: %s', (_what, meanwhile, counts) => {
    const f = fixture();
    f.lease.trusted();
    return f.answer({ granted: true, fingerprint: F1 }).then(() => {
      f.localWrite();
      const ticket = f.lease.ticket()!;
      meanwhile(f);
      f.lease.confirm(ticket, F2);
      expect(f.lease.trusted()).toEqual(counts ? F2 : null);
    });
  });

  test('a renewal answered between the ticket and the confirmation wins (its grant is another)', async () => {
    const f = fixture();
    f.lease.trusted();
    await f.answer({ granted: true, fingerprint: F1 });
    f.advance(1000); // half gone: the next question renews
    f.localWrite();
    expect(f.lease.trusted()).toBeNull();
    const ticket = f.lease.ticket()!;
    await f.answer({ granted: true, fingerprint: F2 });
    f.lease.confirm(ticket, F1);
    expect(f.lease.trusted()).toEqual(F2);
  });

  test('no ticket without a grant in force', async () => {
    const f = fixture();
    expect(f.lease.ticket()).toBeNull();
    f.lease.trusted();
    await f.answer({ granted: false, fingerprint: F1 });
    expect(f.lease.ticket()).toBeNull();
  });

  test('a local write that ends while a renewal is under way voids what that renewal grants', async () => {
    const f = fixture();
    f.lease.trusted();
    f.localWrite(); // it may have committed after the renewal read the fingerprint
    await f.answer({ granted: true, fingerprint: F1 });
    expect(f.lease.trusted()).toBeNull();
  });

  test('renewed when half of the grant is left, still vouching meanwhile', async () => {
    const f = fixture();
    f.lease.trusted();
    await f.answer({ granted: true, fingerprint: F1 });
    f.advance(800);
    expect(f.lease.trusted()).toEqual(F1);
    expect(f.asked).toHaveLength(0);
    f.advance(200); // 1000 of 1800 gone
    expect(f.lease.trusted()).toEqual(F1);
    expect(f.asked).toHaveLength(1);
    await f.answer({ granted: true, fingerprint: F1 });
    f.advance(1500);
    expect(f.lease.trusted()).toEqual(F1); // the renewal counts from its own asking
  });

  test('a refusal (another process holds it or wrote lately) makes questions ask, and the lease is asked again only after the retry time', async () => {
    const f = fixture({ retryMs: 1000 });
    f.lease.trusted();
    await f.answer({ granted: false, fingerprint: F1 });
    expect(f.lease.trusted()).toBeNull();
    f.advance(999);
    expect(f.lease.trusted()).toBeNull();
    expect(f.asked).toHaveLength(0);
    f.advance(1);
    expect(f.lease.trusted()).toBeNull();
    expect(f.asked).toHaveLength(1);
  });

  test('a renewal the database does not answer leaves the process asking per question', async () => {
    const f = fixture();
    f.lease.trusted();
    await f.answer({ granted: true, fingerprint: F1 });
    f.advance(1000);
    f.lease.trusted();
    f.asked.shift()!.reject(new Error('unavailable'));
    await f.lease.settled();
    expect(f.lease.trusted()).toBeNull();
    expect(f.lease.holding).toBe(false);
  });

  test('closing gives a lease once granted back and stops listening and renewing', async () => {
    const f = fixture();
    f.lease.trusted();
    await f.answer({ granted: true, fingerprint: F1 });
    await f.lease.close();
    expect(f.released).toBe(1);
    expect(f.subscribed).toBe(false);
    expect(f.lease.trusted()).toBeNull();
    expect(f.asked).toHaveLength(0);
  });

  test('closing a lease never granted writes nothing', async () => {
    const f = fixture();
    await f.lease.close();
    expect(f.released).toBe(0);
  });
});
