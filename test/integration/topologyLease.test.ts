import neo4j from 'neo4j-driver';
import { Gateway } from '../../src/neo4j/gateway';
import { MutationService } from '../../src/services/mutationService';
import { TopologyCache } from '../../src/services/topologyCache';
import { TopologyLease } from '../../src/services/topologyLease';
import { TopologyStore } from '../../src/store/topologyStore';
import { StatusStore } from '../../src/store/statusStore';
import { testGateway } from '../helpers/testDatabase';

/**
 * The lease on the real database, with two gateways standing for two API processes. No timing is
 * asserted: "the holder no longer trusts" right after the other's write returns follows from the
 * protocol (the writer waits out the lease before it commits), not from how fast anything ran.
 */
let holder: Gateway;
let other: Gateway;
const PROBES = ['test.lease.a', 'test.lease.b', 'test.lease.c'];

beforeAll(() => {
  holder = testGateway();
  other = testGateway();
});
afterAll(async () => {
  await holder.write('deleteEntitiesByIds', { ids: PROBES });
  await holder.close();
  await other.close();
});

/** The version bump every Cascade write starts with, alone: what it tells the writer to wait. */
const bump = (gateway: Gateway) =>
  gateway.writeTransaction(async (tx) => Number((await tx.run('bumpTopologyVersion', { renew: false, writer: tx.writer }))[0].waitMs));

async function holding(options: { ttlMs: number; quietMs: number }) {
  // Other test files share this database and may write between the bump and the grant (then the
  // lease is refused: another process wrote lately), and on a loaded machine the first load may
  // outlast the grant. Neither is what these tests are about: set the holder up again, a few times.
  for (let attempt = 1; ; attempt += 1) {
    // Earlier tests' writers count as "another process wrote lately": make the holder the last writer.
    await bump(holder);
    const store = new TopologyStore(holder);
    const lease = new TopologyLease(store, options);
    const cache = new TopologyCache(store, { lease });
    await cache.get();
    await lease.settled();
    // The grant's fingerprint is the one the load saw (nothing wrote meanwhile): now it vouches.
    await cache.get();
    if (lease.holding || attempt === 5) {
      expect(lease.holding).toBe(true);
      return { lease, cache };
    }
    await cache.close();
  }
}


describe('the topology lease on a real database', () => {
  test('the holder answers without a statement; another process writing waits the lease out, and the holder asks and sees the write', async () => {
    const { lease, cache } = await holding({ ttlMs: 4000, quietMs: 60_000 });
    const statements = holder.statementCount;
    for (let i = 0; i < 5; i += 1) await cache.get();
    expect(holder.statementCount).toBe(statements);

    await new MutationService(other, 'jest').upsert('Component', { id: PROBES[0], name: 'Lease probe', kind: 'SERVER' }, null);
    // Acknowledged: the holder can no longer be trusting what it held before.
    expect(lease.holding).toBe(false);
    expect((await cache.get()).graph.nodes.has(PROBES[0])).toBe(true);
    // Another process wrote lately: the lease is refused, and every question asks again.
    await lease.settled();
    expect(lease.holding).toBe(false);
    const asked = holder.statementCount;
    await cache.get();
    expect(holder.statementCount).toBeGreaterThan(asked);
    await lease.close();
  });

  test("the holder's own writes need no wait; its next answer asks and has them, and confirms the grant for the answers after", async () => {
    // A long grant: no renewal falls due during the test, so every statement counted is a question's.
    const { lease, cache } = await holding({ ttlMs: 60_000, quietMs: 0 });
    await new MutationService(holder, 'jest').upsert('Component', { id: PROBES[1], name: 'Lease probe', kind: 'SERVER' }, null);
    await new MutationService(holder, 'jest').connect({ type: 'DEPENDS_ON', from: PROBES[1], to: 'bank.san-1', strength: 'HARD' });
    expect(lease.holding).toBe(true);
    const asked = holder.statementCount;
    expect((await cache.get()).graph.needs(PROBES[1])).toEqual([{ from: PROBES[1], to: 'bank.san-1', type: 'DEPENDS_ON', strength: 'HARD' }]);
    expect(holder.statementCount).toBeGreaterThan(asked);
    await lease.settled();
    const confirmed = holder.statementCount;
    for (let i = 0; i < 3; i += 1) expect((await cache.get()).graph.nodes.has(PROBES[1])).toBe(true);
    expect(holder.statementCount).toBe(confirmed);
    await lease.close();
  });

  test("the holder's status writes, a round of events among them, leave its lease in force (statuses are not topology), a plain Cypher write voids it", async () => {
    const { lease, cache } = await holding({ ttlMs: 10_000, quietMs: 0 });
    const statuses = new StatusStore(holder);
    await statuses.set('bank.san-1', 'DEGRADED', 'lease test', 'jest', null, null);
    await statuses.set('bank.san-1', 'UP', 'lease test done', 'jest', null, null);
    // A round of monitoring events reads what it builds on in the transaction that writes it.
    await statuses.setManyDecided(async (tx) => {
      await tx.run('eventsBefore', { keys: ['lease-test'], entityIds: ['bank.san-1'], now: null, rules: false });
      await tx.run('incidents', { state: null, ids: ['lease-test'], limit: neo4j.int(1) });
      return { parts: [{ by: 'jest', changes: [{ id: 'bank.san-1', state: 'UP', reason: 'lease test round', onBehalfOf: null, incidentId: null }] }], result: null };
    });
    const statements = holder.statementCount;
    await cache.get();
    expect(holder.statementCount).toBe(statements);
    await holder.write('deleteEntitiesByIds', { ids: [PROBES[2]] });
    const asked = holder.statementCount;
    await cache.get();
    expect(holder.statementCount).toBeGreaterThan(asked);
    await lease.close();
  });

  test('a writer is told to wait only while another holds the lease unexpired; a closed lease keeps nobody waiting', async () => {
    const { lease } = await holding({ ttlMs: 4000, quietMs: 0 });
    expect(await bump(holder)).toBe(0);
    const waitMs = await bump(other);
    expect(waitMs).toBeGreaterThan(0);
    expect(waitMs).toBeLessThanOrEqual(4000);
    await lease.close();

    const again = await holding({ ttlMs: 4000, quietMs: 0 });
    await again.lease.close();
    expect(await bump(other)).toBe(0);
  });

  test('two processes asking: one holds it, the other is refused and asks the graph per question', async () => {
    const first = await holding({ ttlMs: 4000, quietMs: 0 });
    const store = new TopologyStore(other);
    const lease = new TopologyLease(store, { ttlMs: 4000, quietMs: 0 });
    const cache = new TopologyCache(store, { lease });
    await cache.get();
    await lease.settled();
    expect(lease.holding).toBe(false);
    const asked = other.statementCount;
    await cache.get();
    expect(other.statementCount).toBeGreaterThan(asked);
    expect(first.lease.holding).toBe(true);
    await first.lease.close();
    await lease.close();
  });
});
