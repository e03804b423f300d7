import { DEADLOCK_CODE, DEADLOCK_RETRIES, retryDeadlocks } from '../../src/neo4j/retryDeadlocks';

/** A write that fails with these errors in turn, then succeeds; counts its attempts. */
function write(errors: (string | null)[]) {
  let attempts = 0;
  return {
    run: async () => {
      const code = errors[attempts];
      attempts += 1;
      if (code !== undefined && code !== null) throw Object.assign(new Error(code), { code });
      return 'committed';
    },
    attempts: () => attempts,
  };
}

const noPause = async () => undefined;

describe('a write transaction chosen as a deadlock victim runs again', () => {
  test.each([
    ['no error: one attempt', [], 'committed', 1],
    ['one deadlock, then committed', [DEADLOCK_CODE], 'committed', 2],
    [`${DEADLOCK_RETRIES} deadlocks, then committed`, Array(DEADLOCK_RETRIES).fill(DEADLOCK_CODE), 'committed', DEADLOCK_RETRIES + 1],
    ['deadlocks past the retries: the last one reaches the caller', Array(DEADLOCK_RETRIES + 1).fill(DEADLOCK_CODE), DEADLOCK_CODE, DEADLOCK_RETRIES + 1],
    ['any other error passes at once', ['Neo.ClientError.Schema.ConstraintValidationFailed'], 'Neo.ClientError.Schema.ConstraintValidationFailed', 1],
    ['an outage is not retried here (the driver and the circuit handle it)', ['ServiceUnavailable'], 'ServiceUnavailable', 1],
    ['a deadlock, then another error: that one reaches the caller', [DEADLOCK_CODE, 'Neo.ClientError.Statement.SyntaxError'], 'Neo.ClientError.Statement.SyntaxError', 2],
  ])('%s', async (_name, errors, outcome, attempts) => {
    const w = write(errors as (string | null)[]);
    const result = await retryDeadlocks(w.run, noPause).catch((error: { code: string }) => error.code);
    expect(result).toBe(outcome);
    expect(w.attempts()).toBe(attempts);
  });

  test('pauses before each attempt again, longer as they go', async () => {
    const pauses: number[] = [];
    const w = write([DEADLOCK_CODE, DEADLOCK_CODE]);
    await retryDeadlocks(w.run, async (attempt) => void pauses.push(attempt));
    expect(pauses).toEqual([1, 2]);
  });
});
