import { DatabaseUnavailableError } from '../domain/errors';

export const UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly';

/**
 * Whether the database answers, as a circuit: after a connection failure every caller fails at once
 * (no connection timeouts, no retries) while one background probe asks the database every
 * `intervalMs`; the first answer lets calls through again. The first probe runs at once, so a
 * failure that was one broken connection, not a dead database, closes the circuit in milliseconds.
 */
export class Availability {
  private down = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly options: { intervalMs: number; onChange?: (available: boolean) => void },
  ) {}

  get available(): boolean {
    return !this.down;
  }

  /** Throws DatabaseUnavailableError while the circuit is open. */
  assertAvailable(): void {
    if (this.down) throw new DatabaseUnavailableError(UNAVAILABLE_MESSAGE);
  }

  /** A caller saw the database fail to answer: open the circuit and start probing. */
  markUnavailable(): void {
    if (this.down || this.closed) return;
    this.down = true;
    this.notify(false);
    this.schedule(0);
  }

  /** Stops probing for good (the gateway is closing). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs: number): void {
    // Unref'd: a CLI whose work is done must not stay alive for a probe.
    this.timer = setTimeout(() => void this.runProbe(), delayMs);
    this.timer.unref();
  }

  private async runProbe(): Promise<void> {
    this.timer = undefined;
    let answered = false;
    try {
      await this.probe();
      answered = true;
    } catch {
      // Still down: the next probe decides.
    }
    if (this.closed) return;
    if (!answered) {
      this.schedule(this.options.intervalMs);
      return;
    }
    this.down = false;
    this.notify(true);
  }

  private notify(available: boolean): void {
    try {
      this.options.onChange?.(available);
    } catch {
      // A listener's failure must not change what callers see.
    }
  }
}
