import { Driver } from 'neo4j-driver';
import { TooLargeError } from '../../src/domain/errors';
import { Gateway } from '../../src/neo4j/gateway';

/**
 * The gateway's error translation for a bulk write, on a stand-in driver: Neo4j's transaction
 * memory limit cannot be lowered on Community at run time, so the integration suite cannot reach it.
 */
function fakeDriver(failure: { code: string; message: string }) {
  const calls = { begun: 0, rolledBack: 0, committed: 0 };
  const driver = {
    session: () => ({
      beginTransaction: () => {
        calls.begun += 1;
        let open = true;
        return {
          run: async () => {
            throw Object.assign(new Error(failure.message), { code: failure.code });
          },
          isOpen: () => open,
          commit: async () => {
            calls.committed += 1;
          },
          rollback: async () => {
            open = false;
            calls.rolledBack += 1;
          },
        };
      },
      close: async () => undefined,
    }),
  } as unknown as Driver;
  return { driver, calls };
}

describe('writeTransactionOnce', () => {
  const cypher: ReadonlyMap<string, string> = new Map([['mergeNodes', 'RETURN 1']]);

  test("Neo4j's transaction memory limit becomes TOO_LARGE, rolled back, not retried, without the driver's message", async () => {
    const { driver, calls } = fakeDriver({
      code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      message: 'The allocation of an extra 2.0 MiB would use more than the limit 2.1 GiB.',
    });
    const gateway = new Gateway(driver, 'neo4j', cypher);
    const error = await gateway.writeTransactionOnce((tx) => tx.run('mergeNodes')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as TooLargeError).code).toBe('TOO_LARGE');
    expect((error as Error).message).not.toContain('2.1 GiB');
    expect(calls).toEqual({ begun: 1, rolledBack: 1, committed: 0 });
  });

  test('other errors pass through unchanged after the rollback', async () => {
    const { driver, calls } = fakeDriver({ code: 'Neo.ClientError.Statement.SyntaxError', message: 'bad' });
    const gateway = new Gateway(driver, 'neo4j', cypher);
    await expect(gateway.writeTransactionOnce((tx) => tx.run('mergeNodes'))).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(calls).toEqual({ begun: 1, rolledBack: 1, committed: 0 });
  });
});
