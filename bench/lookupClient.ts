/**
 * The API side's clients for the lookup case, in a worker thread: their HTTP and JSON work must not
 * share the event loop of the API they measure (the bare side's driver work has no such server).
 */
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  url: string;
  query: string;
  ids: string[];
  clients: number;
  perClient: number;
  round: number;
}

async function run(job: Job): Promise<{ elapsed: number; latencies: number[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: job.clients }, async (_, c) => {
      for (let k = 0; k < job.perClient; k += 1) {
        const id = job.ids[(job.round * 7919 + c * job.perClient + k) % job.ids.length];
        const t0 = performance.now();
        const response = await fetch(job.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: job.query, variables: { id } }) });
        const body = (await response.json()) as { errors?: { message: string }[] };
        if (body.errors?.length) throw new Error(`lookup failed: ${body.errors[0].message}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { elapsed: performance.now() - started, latencies };
}

run(workerData as Job).then(
  (result) => parentPort!.postMessage(result),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
