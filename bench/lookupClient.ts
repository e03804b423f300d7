/**
 * The API side's clients for the lookup case, in a worker thread: their HTTP and JSON work must not
 * share the event loop of the API they measure (the bare side's driver work has no such server).
 *
 * They are a load generator, so they should cost the machine as little as a competent client does:
 * node:http with one kept-alive connection per client, like the bare side's pooled Bolt
 * connections. Global fetch (undici behind WHATWG streams) took ~4 ms of CPU per lookup here, more
 * than the API itself, taken from the two cores the API and Neo4j share; `http: 'fetch'` keeps it
 * for comparison.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  url: string;
  query: string;
  ids: string[];
  clients: number;
  perClient: number;
  round: number;
  http?: 'node' | 'fetch';
}

type Post = (body: string) => Promise<string>;

function nodePost(url: string, clients: number): Post {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const target = new URL(url);
  return (body) =>
    new Promise((resolve, reject) => {
      const req = request(
        { agent, method: 'POST', host: target.hostname, port: target.port, path: target.pathname, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

function fetchPost(url: string): Post {
  return async (body) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return response.text();
  };
}

async function run(job: Job): Promise<{ elapsed: number; latencies: number[] }> {
  const post = job.http === 'fetch' ? fetchPost(job.url) : nodePost(job.url, job.clients);
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: job.clients }, async (_, c) => {
      for (let k = 0; k < job.perClient; k += 1) {
        const id = job.ids[(job.round * 7919 + c * job.perClient + k) % job.ids.length];
        const t0 = performance.now();
        const body = JSON.parse(await post(JSON.stringify({ query: job.query, variables: { id } }))) as { data?: { service?: { id?: string } }; errors?: { message: string }[] };
        if (body.errors?.length) throw new Error(`lookup failed: ${body.errors[0].message}`);
        if (body.data?.service?.id !== id) throw new Error(`lookup of ${id} answered ${JSON.stringify(body.data)}`);
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
