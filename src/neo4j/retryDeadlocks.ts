/** Neo4j's code for a transaction it rolled back to break a deadlock between writers. */
export const DEADLOCK_CODE = 'Neo.TransientError.Transaction.DeadlockDetected';

/** Attempts after the first when a write transaction was chosen as a deadlock's victim. */
export const DEADLOCK_RETRIES = 4;

const randomPause = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));

/**
 * Runs a write transaction again when Neo4j rolled it back to break a deadlock, a few times with a
 * short random pause. The driver retries transient errors too, but within maxTransactionRetryTime
 * (2 s, kept short so that an outage fails fast) and after a first pause of about a second: on a
 * loaded machine, writers that touch the same node (every Cascade write bumps the topology
 * version) can lose that budget to deadlocks and the client got INTERNAL_SERVER_ERROR for a write
 * that simply had to be tried again. A rolled-back transaction wrote nothing, so running it again
 * is what the driver would do; any other error passes at once.
 */
export async function retryDeadlocks<T>(work: () => Promise<T>, pause: (attempt: number) => Promise<void> = randomPause): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt > DEADLOCK_RETRIES || (error as { code?: unknown } | null)?.code !== DEADLOCK_CODE) throw error;
      await pause(attempt);
    }
  }
}
