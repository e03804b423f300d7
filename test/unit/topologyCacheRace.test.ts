import { TopologyData } from '../../src/domain/impact/topology';
import { TopologyCache } from '../../src/services/topologyCache';
import { TopologyStore } from '../../src/store/topologyStore';

/**
 * A stand-in store whose loads finish only when the test says so, so the interleaving of issue 15
 * is played exactly: a load starts, a write is acknowledged meanwhile, a question is asked.
 */
function controlledStore() {
  let version = 1;
  const pending: { version: number; finish: () => void }[] = [];
  const data = (v: number): TopologyData => ({
    version: String(v),
    // The dependency's strength stands for "the graph as of version v".
    nodes: [
      { id: 's', kind: 'Service', name: 's' },
      { id: 'a', kind: 'Component', name: 'a' },
    ],
    edges: [{ from: 's', to: 'a', type: 'DEPENDS_ON', strength: v % 2 === 0 ? 'SOFT' : 'HARD' }],
    networkEnds: [],
    groups: [],
    facts: [],
  });
  const fingerprint = (v: number) => ({ version: v, epoch: 'e', nodes: 2, relationships: 1 });
  const store = {
    fingerprint: async () => fingerprint(version),
    load: () => {
      // Like TopologyStore.load: the version is read first, the graph after it.
      const seen = version;
      return new Promise((resolve) => pending.push({ version: seen, finish: () => resolve({ fingerprint: fingerprint(seen), data: data(seen) }) }));
    },
    // Catching up: the changes recorded up to `until` arrive when the test says so.
    changesBetween: (_since: number, until: number) =>
      new Promise((resolve) =>
        pending.push({
          version: until,
          finish: () =>
            resolve({
              changes: [{ kind: 'relationship', type: 'DEPENDS_ON', from: 's', to: 'a', properties: { strength: until % 2 === 0 ? 'SOFT' : 'HARD' } }],
              nodes: 0,
              relationships: 0,
            }),
        }),
      ),
    // A question's one statement once a topology is held: the fingerprint and the changes after the
    // held version, as of the moment it is asked; the answer arrives when the test says so.
    catchUp: (held: { version: number }) => {
      const seen = version;
      return new Promise((resolve) =>
        pending.push({
          version: seen,
          finish: () =>
            resolve({
              fingerprint: fingerprint(seen),
              changes: {
                changes: seen > held.version ? [{ kind: 'relationship', type: 'DEPENDS_ON', from: 's', to: 'a', properties: { strength: seen % 2 === 0 ? 'SOFT' : 'HARD' } }] : [],
                nodes: 0,
                relationships: 0,
              },
            }),
        }),
      );
    },
  } as unknown as TopologyStore;
  return {
    store,
    write: () => {
      version += 1;
    },
    pending,
    /** Lets the microtasks run so that awaiting code reaches its next step. */
    settle: () => new Promise((resolve) => setImmediate(resolve)),
  };
}

describe('the topology cache never answers with a graph older than an acknowledged write', () => {
  test('a question asked after a write does not take the load that started before it (the race of issue 15)', async () => {
    const { store, write, pending, settle } = controlledStore();
    const cache = new TopologyCache(store);
    const first = cache.get(); // loads version 1
    await settle();
    expect(pending.map((p) => p.version)).toEqual([1]);

    write(); // W2 acknowledged while the load of version 1 runs
    const second = cache.get();
    await settle();
    pending[0].finish();
    expect((await first).version).toBe('1');
    await settle();
    // The second question waited for the old load and started its own update, to version 2.
    expect(pending.map((p) => p.version)).toEqual([1, 2]);
    pending[1].finish();
    const answer = await second;
    expect(answer.version).toBe('2');
    expect(answer.graph.needs('s')).toEqual([{ from: 's', to: 'a', type: 'DEPENDS_ON', strength: 'SOFT' }]);
  });

  test('questions asked while a load that started after them runs share it: one load for many', async () => {
    const { store, write, pending, settle } = controlledStore();
    const cache = new TopologyCache(store);
    write();
    const questions = [cache.get(), cache.get(), cache.get()];
    await settle();
    expect(pending).toHaveLength(1);
    pending[0].finish();
    const answers = await Promise.all(questions);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0].version).toBe('2');
  });

  test('several questions behind an old load start one new load between them, not one each', async () => {
    const { store, write, pending, settle } = controlledStore();
    const cache = new TopologyCache(store);
    const first = cache.get();
    await settle();
    write();
    const later = [cache.get(), cache.get(), cache.get()];
    await settle();
    pending[0].finish();
    await first;
    await settle();
    expect(pending.map((p) => p.version)).toEqual([1, 2]);
    pending[1].finish();
    expect((await Promise.all(later)).map((t) => t.version)).toEqual(['2', '2', '2']);
  });

  test('a failed load fails the questions that shared it; the next question loads again', async () => {
    const { store, pending, settle } = controlledStore();
    let fail = true;
    const load = store.load.bind(store);
    (store as unknown as { load: () => Promise<unknown> }).load = () => (fail ? Promise.reject(new Error('database away')) : load());
    const cache = new TopologyCache(store);
    await expect(cache.get()).rejects.toThrow('database away');
    fail = false;
    const again = cache.get();
    await settle();
    pending[0].finish();
    expect((await again).version).toBe('1');
  });

  test('a question holding a topology catches up from its own read; one asked after a later write gets that write too', async () => {
    const { store, write, pending, settle } = controlledStore();
    const cache = new TopologyCache(store);
    const first = cache.get();
    await settle();
    pending[0].finish();
    expect((await first).version).toBe('1');

    write(); // W2
    const a = cache.get(); // reads at version 2
    await settle();
    write(); // W3, acknowledged before b is asked
    const b = cache.get(); // reads at version 3
    await settle();
    expect(pending.map((p) => p.version)).toEqual([1, 2, 3]);
    pending[1].finish();
    const answerA = await a;
    expect(answerA.version).toBe('2');
    expect(answerA.graph.needs('s')[0].strength).toBe('SOFT');
    pending[2].finish();
    await settle();
    // b's read was made against version 1; the held topology is at 2 by now, so it reads again
    // (changes from 2 to 3) rather than applying what it read.
    expect(pending.map((p) => p.version)).toEqual([1, 2, 3, 3]);
    pending[3].finish();
    const answerB = await b;
    expect(answerB.version).toBe('3');
    expect(answerB.graph.needs('s')[0].strength).toBe('HARD');
    // Nothing written since: the next question's read finds the held state and applies nothing.
    const c = cache.get();
    await settle();
    pending[4].finish();
    expect(await c).toBe(answerB);
  });
});
