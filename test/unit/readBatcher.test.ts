import { AsyncLocalStorage } from 'node:async_hooks';
import { ReadBatcher } from '../../src/store/readBatcher';

interface Row {
  key: string;
  value: string;
}

/** A stand-in statement: every fetch is recorded and held until the test answers or fails it. */
function statement() {
  const sent: { keys: string[]; answer: () => void; fail: (error: Error) => void }[] = [];
  const fetch = (keys: string[]) =>
    new Promise<Row[]>((resolve, reject) => {
      // Two rows per key, so row order within a key shows.
      sent.push({ keys, answer: () => resolve(keys.flatMap((key) => [{ key, value: `${key}.1` }, { key, value: `${key}.2` }])), fail: reject });
    });
  return { sent, fetch };
}

const keyOf = (row: Row) => row.key;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('ReadBatcher', () => {
  test('callers arriving together share one statement, and each gets the rows of its own keys only', async () => {
    const { sent, fetch } = statement();
    const batcher = new ReadBatcher();
    const a = batcher.read('g', ['a', 'shared'], fetch, keyOf);
    const b = batcher.read('g', ['b', 'shared'], fetch, keyOf);
    await tick();
    expect(sent.map((s) => s.keys)).toEqual([['a', 'shared', 'b']]);
    sent[0].answer();
    expect([...(await a).entries()]).toEqual([
      ['a', [{ key: 'a', value: 'a.1' }, { key: 'a', value: 'a.2' }]],
      ['shared', [{ key: 'shared', value: 'shared.1' }, { key: 'shared', value: 'shared.2' }]],
    ]);
    expect([...(await b).keys()]).toEqual(['b', 'shared']);
  });

  test('a caller alone is sent at once, without waiting for company', async () => {
    const { sent, fetch } = statement();
    const batcher = new ReadBatcher();
    const a = batcher.read('g', ['a'], fetch, keyOf);
    await tick();
    expect(sent).toHaveLength(1);
    sent[0].answer();
    expect((await a).get('a')).toHaveLength(2);
  });

  test('callers arriving while a batch is out never join it: they go together in the next one, sent after they all arrived', async () => {
    const { sent, fetch } = statement();
    const batcher = new ReadBatcher({ maxInFlight: 1 });
    const first = batcher.read('g', ['a'], fetch, keyOf);
    await tick();
    const later = [batcher.read('g', ['b'], fetch, keyOf), batcher.read('g', ['c'], fetch, keyOf)];
    await tick();
    await tick();
    // The first batch is still out: the two newcomers wait.
    expect(sent.map((s) => s.keys)).toEqual([['a']]);
    expect(batcher.waiting).toBe(2);
    sent[0].answer();
    await first;
    await tick();
    expect(sent.map((s) => s.keys)).toEqual([['a'], ['b', 'c']]);
    sent[1].answer();
    const [b, c] = await Promise.all(later);
    expect([...b.keys(), ...c.keys()]).toEqual(['b', 'c']);
  });

  test('a failed batch fails every caller in it and no other', async () => {
    const { sent, fetch } = statement();
    const batcher = new ReadBatcher({ maxInFlight: 1 });
    const failed = [batcher.read('g', ['a'], fetch, keyOf), batcher.read('g', ['b'], fetch, keyOf)].map((p) => p.catch((e: unknown) => e));
    await tick();
    const next = batcher.read('g', ['c'], fetch, keyOf);
    const boom = new Error('database said no');
    sent[0].fail(boom);
    expect(await Promise.all(failed)).toEqual([boom, boom]);
    await tick();
    expect(sent[1].keys).toEqual(['c']);
    sent[1].answer();
    expect((await next).get('c')).toHaveLength(2);
  });

  test('reads of different groups (statements or parameters) never share a statement, and each group has its own limit', async () => {
    const one = statement();
    const two = statement();
    const batcher = new ReadBatcher({ maxInFlight: 1 });
    const a = batcher.read('neighboursOut DEPENDS_ON|*', ['a'], one.fetch, keyOf);
    const b = batcher.read('neighboursOut HAS_MEMBER|*', ['b'], two.fetch, keyOf);
    await tick();
    expect(one.sent.map((s) => s.keys)).toEqual([['a']]);
    expect(two.sent.map((s) => s.keys)).toEqual([['b']]);
    one.sent[0].answer();
    two.sent[0].answer();
    expect([...(await a).keys(), ...(await b).keys()]).toEqual(['a', 'b']);
  });

  test('a batch carries at most maxKeys distinct keys, but one caller is never split', async () => {
    const { sent, fetch } = statement();
    const batcher = new ReadBatcher({ maxKeys: 3, maxInFlight: 2 });
    const reads = [batcher.read('g', ['a', 'b'], fetch, keyOf), batcher.read('g', ['b', 'c'], fetch, keyOf), batcher.read('g', ['d', 'e', 'f', 'g'], fetch, keyOf)];
    await tick();
    expect(sent.map((s) => s.keys)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f', 'g'],
    ]);
    for (const s of sent) s.answer();
    expect((await Promise.all(reads)).map((m) => [...m.keys()])).toEqual([['a', 'b'], ['b', 'c'], ['d', 'e', 'f', 'g']]);
  });

  test("a batch runs outside the async context of the request that arrived first (its session budget is not charged)", async () => {
    const requestScope = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const batcher = new ReadBatcher();
    const fetch = async (keys: string[]) => {
      seen.push(requestScope.getStore());
      return keys.map((key) => ({ key, value: key }));
    };
    await requestScope.run('request 1', () => batcher.read('g', ['a'], fetch, keyOf));
    expect(seen).toEqual([undefined]);
  });
});
