/**
 * Keeps a child process running: when it exits without being asked to (a crash, an OOM kill,
 * kill -9), starts it again after a bounded backoff, until stop(). Used for the embedded Neo4j, whose
 * restart on the same port and data folder keeps every driver's URI valid.
 */

export interface SupervisedProcess {
  readonly pid: number;
  /** Resolves, with how it ended ("signal SIGKILL", "code 1"), when the process exits for any reason. */
  readonly exited: Promise<string>;
  stop(): Promise<void>;
}

export interface Supervisor {
  /** The pid of the process running now (it changes with each restart). */
  readonly pid: number;
  /** Restarts so far. */
  readonly restarts: number;
  /** Stops the process and disables restarts, including one that is waiting or under way. */
  stop(): Promise<void>;
}

/** Waits before the 1st, 2nd, ... restart in a row; the last one repeats. */
export const RESTART_BACKOFF_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];
/** A process that ran this long counts as healthy: the next crash starts the backoff over. */
const STABLE_MS = 60_000;

export function supervise(
  first: SupervisedProcess,
  options: {
    /** Starts a fresh process; resolves once it is ready to serve. */
    start: () => Promise<SupervisedProcess>;
    name: string;
    log: (msg: string) => void;
    backoffMs?: readonly number[];
    stableMs?: number;
  },
): Supervisor {
  const backoff = options.backoffMs ?? RESTART_BACKOFF_MS;
  const stableMs = options.stableMs ?? STABLE_MS;
  let current = first;
  let startedAt = Date.now();
  let stopped = false;
  let restarts = 0;
  let failuresInRow = 0;
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<SupervisedProcess> | undefined;

  const scheduleRestart = (why: string) => {
    const delay = backoff[Math.min(failuresInRow, backoff.length - 1)];
    failuresInRow += 1;
    options.log(`${options.name}: ${why}; restarting in ${delay / 1000} s`);
    // Unref'd: a process that is otherwise done must not stay alive to restart a child.
    timer = setTimeout(() => void restart(), delay);
    timer.unref();
  };

  const restart = async () => {
    timer = undefined;
    if (stopped) return;
    starting = options.start();
    let next: SupervisedProcess;
    try {
      next = await starting;
    } catch (error) {
      if (!stopped) scheduleRestart(`restart failed (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
      return;
    } finally {
      starting = undefined;
    }
    if (stopped) {
      await next.stop();
      return;
    }
    current = next;
    startedAt = Date.now();
    restarts += 1;
    options.log(`${options.name}: restarted (pid ${next.pid}, restart ${restarts})`);
    watch(next);
  };

  const watch = (proc: SupervisedProcess) => {
    void proc.exited.then((how) => {
      if (stopped || proc !== current) return;
      if (Date.now() - startedAt >= stableMs) failuresInRow = 0;
      scheduleRestart(`pid ${proc.pid} exited unexpectedly (${how})`);
    });
  };
  watch(first);

  return {
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      // A start under way finishes first; what it started is stopped too (stop() is idempotent).
      const late = await starting?.catch(() => undefined);
      await Promise.all([late?.stop(), current.stop()]);
    },
  };
}
