/**
 * Lookups under load: 64 clients at once (in a worker thread, bench/lookupClient.ts), each asking
 * for a service by id with what it depends on, over HTTP; beside them the same reads by a bare
 * neo4j-driver session (one statement per lookup,
 * the one Cascade sends: entity and neighbours together). Throughput and latency of each side,
 * rounds alternating which side runs first.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Driver } from 'neo4j-driver';
import { loadCypherFiles } from '../src/neo4j/cypherFiles';
import { Summary, alternate, percentile, summarize } from './stats';

export interface LookupResult {
  clients: number;
  lookups: number;
  apiPerSecond: number;
  barePerSecond: number;
  api: Summary & { p99: number };
  bare: Summary & { p99: number };
}

const QUERY = `query ($id: ID!) { service(id: $id) { id name dependsOn { strength node { id name } } } }`;
const KINDS = [{ key: 'DEPENDS_ON|OUT|*', type: 'DEPENDS_ON', direction: 'OUT', label: null }];

export async function runLookupCase(ctx: {
  url: string;
  driver: Driver;
  database: string;
  ids: string[];
  clients: number;
  perClient: number;
  rounds: number;
  log: (msg: string) => void;
}): Promise<LookupResult> {
  // Cypher reads // comments itself: the file runs as it is.
  const statement = loadCypherFiles().get('entitiesWithNeighbours')!;
  // The API's clients run in a worker thread, off the API's event loop.
  const apiSide = (latencies: number[], round: number) =>
    new Promise<number>((resolve, reject) => {
      const worker = new Worker(path.join(__dirname, 'lookupClient.js'), {
        workerData: { url: ctx.url, query: QUERY, ids: ctx.ids, clients: ctx.clients, perClient: ctx.perClient, round },
      });
      worker.once('message', (result: { elapsed: number; latencies: number[] } | { error: string }) => {
        void worker.terminate();
        if ('error' in result) reject(new Error(result.error));
        else {
          latencies.push(...result.latencies);
          resolve(result.elapsed);
        }
      });
      worker.once('error', reject);
    });
  const bareOne = async (id: string) => {
    const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: 'READ' });
    try {
      await session.executeRead((tx) => tx.run(statement, { ids: [id], kinds: KINDS }));
    } finally {
      await session.close();
    }
  };
  const bareSide = async (latencies: number[], round: number): Promise<number> => {
    const started = performance.now();
    await Promise.all(
      Array.from({ length: ctx.clients }, async (_, c) => {
        for (let k = 0; k < ctx.perClient; k += 1) {
          const id = ctx.ids[(round * 7919 + c * ctx.perClient + k) % ctx.ids.length];
          const t0 = performance.now();
          await bareOne(id);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    return performance.now() - started;
  };
  ctx.log(`case "lookups, ${ctx.clients} clients at once"`);
  const api: number[] = [];
  const bare: number[] = [];
  let [apiMs, bareMs] = [0, 0];
  // One round each to warm up, untimed.
  await apiSide([], 0);
  await bareSide([], 0);
  await alternate(
    ctx.rounds,
    async (i) => {
      apiMs += await apiSide(api, i + 1);
    },
    async (i) => {
      bareMs += await bareSide(bare, i + 1);
    },
  );
  const lookups = ctx.clients * ctx.perClient * ctx.rounds;
  return {
    clients: ctx.clients,
    lookups,
    apiPerSecond: lookups / (apiMs / 1000),
    barePerSecond: lookups / (bareMs / 1000),
    api: { ...summarize(api), p99: percentile(api, 99) },
    bare: { ...summarize(bare), p99: percentile(bare, 99) },
  };
}
