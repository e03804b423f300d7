import { EventQueue } from '../../src/services/eventQueue';

/**
 * The queue of a process's event batches: one thing at a time, in arrival order; batches that queued
 * meanwhile go together in one round; a round may take only a leading part; a failed round of
 * several is retried batch by batch, so one request's failure is not the others'.
 */
interface Log {
  rounds: string[][];
  tasks: string[];
}

/** A round that answers for the batches up to (not including) the first named in `cutAt`, and fails when one is named in `failWith`. */
function together(log: Log, options: { cutAt?: readonly string[]; failWith?: readonly string[] } = {}) {
  return async (batches: readonly string[]): Promise<string[]> => {
    log.rounds.push([...batches]);
    await Promise.resolve();
    if (batches.some((b) => options.failWith?.includes(b))) throw new Error(`${batches.join('+')} failed`);
    const cut = batches.findIndex((b, i) => i > 0 && options.cutAt?.includes(b));
    return batches.slice(0, cut === -1 ? batches.length : cut).map((b) => `done ${b}`);
  };
}

async function run(steps: ({ batch: string; size?: number } | { task: string })[], options: { cutAt?: readonly string[]; failWith?: readonly string[]; maxEvents?: number } = {}) {
  const queue = new EventQueue<string, string>(options.maxEvents ?? 100);
  const log: Log = { rounds: [], tasks: [] };
  const answers = await Promise.all(
    steps.map((step) =>
      ('batch' in step
        ? queue.batch(step.batch, step.size ?? 10, together(log, options))
        : queue.task(async () => {
            log.tasks.push(`${step.task} after ${log.rounds.length} rounds`);
            return `did ${step.task}`;
          })
      ).catch((error: Error) => `error: ${error.message}`),
    ),
  );
  return { rounds: log.rounds, tasks: log.tasks, answers };
}

describe('the event queue', () => {
  test.each([
    ['the first batch goes alone; those that queued meanwhile go together', [{ batch: 'a' }, { batch: 'b' }, { batch: 'c' }], {},
      { rounds: [['a'], ['b', 'c']], answers: ['done a', 'done b', 'done c'] }],
    ['a round takes no more than maxEvents (but always one batch)', [{ batch: 'a' }, { batch: 'b', size: 60 }, { batch: 'c', size: 60 }, { batch: 'd', size: 300 }], {},
      { rounds: [['a'], ['b'], ['c'], ['d']], answers: ['done a', 'done b', 'done c', 'done d'] }],
    ['batches a round leaves go first in the next', [{ batch: 'a' }, { batch: 'b' }, { batch: 'c' }, { batch: 'd' }], { cutAt: ['c'] },
      { rounds: [['a'], ['b', 'c', 'd'], ['c', 'd']], answers: ['done a', 'done b', 'done c', 'done d'] }],
    ['a failed round of several is retried batch by batch: only the failing one fails', [{ batch: 'a' }, { batch: 'b' }, { batch: 'x' }, { batch: 'c' }], { failWith: ['x'] },
      { rounds: [['a'], ['b', 'x', 'c'], ['b'], ['x'], ['c']], answers: ['done a', 'done b', 'error: x failed', 'done c'] }],
    ['a task runs alone, in its place: batches behind it do not join those before', [{ batch: 'a' }, { batch: 'b' }, { task: 't' }, { batch: 'c' }], {},
      { rounds: [['a'], ['b'], ['c']], answers: ['done a', 'done b', 'did t', 'done c'] }],
  ] as const)('%s', async (_case, steps, options, expected) => {
    const { rounds, answers } = await run([...steps], options);
    expect({ rounds, answers }).toEqual(expected);
  });

  test('a task waits for the rounds queued before it', async () => {
    const { tasks } = await run([{ batch: 'a' }, { batch: 'b' }, { task: 't' }]);
    expect(tasks).toEqual(['t after 2 rounds']);
  });

  test('a failing task fails alone and the queue goes on', async () => {
    const queue = new EventQueue<string, string>(100);
    const log: Log = { rounds: [], tasks: [] };
    const failing = queue.task(() => Promise.reject(new Error('sweep failed')));
    const next = queue.batch('a', 1, together(log));
    await expect(failing).rejects.toThrow('sweep failed');
    await expect(next).resolves.toBe('done a');
  });
});
