import { Logger } from './logger';
import { Metrics } from './metrics';

/** The gateway's `onStatement` hook: each named statement counted and timed, and logged at debug. */
export function statementObserver(logger: Logger, metrics: Metrics): (name: string, ms: number, ok: boolean) => void {
  return (name, ms, ok) => {
    metrics.statement(name, ms, ok);
    logger.debug({ statement: name, ms: Math.round(ms * 10) / 10, ok }, 'Neo4j statement');
  };
}
