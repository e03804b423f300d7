import { Router } from 'express';
import { Gateway } from '../neo4j/gateway';

export interface HealthDeps {
  gateway: Pick<Gateway, 'verifyConnectivity'>;
  /** True once the impact topology is in memory (TopologyCache.isLoaded). */
  topologyLoaded: () => boolean;
}

/**
 * Probes for orchestrators and load balancers:
 * - GET /health/live: the process runs and serves HTTP (restart it when this fails);
 * - GET /health/ready: Neo4j answers and the impact topology is loaded (send traffic only then);
 *   a 503 names what is missing;
 * - GET /health: Neo4j answers (kept for existing monitors).
 * While the database is known down, the gateway answers at once from its circuit, so these stay fast.
 */
export function healthRoutes(deps: HealthDeps): Router {
  const router = Router();
  const databaseUp = () => deps.gateway.verifyConnectivity().then(
    () => true,
    () => false,
  );
  router.use('/health', (_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });

  router.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });

  router.get('/health/ready', async (_req, res) => {
    const database = await databaseUp();
    const topology = deps.topologyLoaded();
    const missing = [...(database ? [] : ['database']), ...(topology ? [] : ['topology'])];
    const body = { database: database ? 'up' : 'down', topology: topology ? 'loaded' : 'not loaded' };
    if (missing.length === 0) res.json({ status: 'ready', ...body });
    else res.status(503).json({ status: 'not ready', ...body, missing });
  });

  router.get('/health', async (_req, res) => {
    if (await databaseUp()) res.json({ status: 'ok', database: 'up' });
    else res.status(503).json({ status: 'unavailable', database: 'down' });
  });

  return router;
}
