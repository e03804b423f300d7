/**
 * The load side of the events bench (bench/eventCases.ts), in a worker thread so that its HTTP and
 * JSON work does not share the event loop of the API it measures. Clients use node:http with one
 * kept-alive connection each (see lookupClient.ts for why not fetch).
 *
 * A sustained job runs `clients` clients for `seconds`, each sending batches of status changes at
 * its share of `rate` events/s (or as fast as answers come, rate null). Each client walks its own
 * pool of entities: a batch fires alerts on entities not open and resolves the oldest open ones,
 * so every event changes one status and the number of entities DOWN stays steady. The same
 * changes go either as event batches (even clients: Alertmanager notifications, odd: generic
 * events) or as one `setStatus` mutation each. Meanwhile one prober asks `currentImpact` (paced, or
 * back to back) and times every acknowledged batch to the end of the first answer asked after it.
 * A storm job posts prepared requests, `clients` at a time.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface SustainedJob {
  kind: 'sustained';
  /** The API's origin, http://127.0.0.1:PORT. */
  base: string;
  token: string;
  clients: number;
  /** Target events per second over all clients; null: each client sends as soon as its last answer came. */
  rate: number | null;
  seconds: number;
  /** Status changes per batch (per request for events, per run of mutations for setStatus). */
  batch: number;
  mode: 'events' | 'setStatus';
  /** Per client: the entities it alerts on (disjoint between clients). */
  pools: string[][];
  /** In every key and reason, so the bench can find and remove what it wrote. */
  tag: string;
  /**
   * The prober asking currentImpact meanwhile: false none; a number its pace, at most one question
   * per so many ms from the start of one to the start of the next (a dashboard polling); null back
   * to back, the next question as soon as an answer came.
   */
  probe: false | number | null;
}

export interface StormJob {
  kind: 'storm';
  base: string;
  token: string;
  clients: number;
  requests: { path: string; body: string }[];
}

export interface SustainedResult {
  elapsedMs: number;
  requests: number;
  /** Events (status changes asked for) acknowledged. */
  events: number;
  /** Status changes the answers reported (statusChanges, or one per setStatus). */
  changes: number;
  /** Per request: from sending to the answer. */
  ackMs: number[];
  /**
   * Per batch: from its acknowledgement to the end of the first currentImpact answer asked after it
   * (the wait for that question included), which must show it.
   */
  freshMs: number[];
  /** The currentImpact questions themselves. */
  impactMs: number[];
  /** Batches a currentImpact answer did not show though they were acknowledged before it was asked. */
  staleBatches: number;
  /** How far behind its schedule the last batch was sent (a paced run that could not keep up). */
  lagMs: number;
  errors: string[];
}

export interface StormResult {
  elapsedMs: number;
  /** Every answer's body, in request order (null when the request failed). */
  answers: (Record<string, unknown> | null)[];
  ackMs: number[];
  errors: string[];
}

type Post = (path: string, body: string) => Promise<{ status: number; text: string }>;

function poster(base: string, token: string, sockets: number): Post {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const target = new URL(base);
  return (path, body) =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          agent,
          method: 'POST',
          host: target.hostname,
          port: target.port,
          path,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Change {
  id: string;
  state: 'DOWN' | 'UP';
  /** The alert's key part: a new one per firing, so a later firing is never older than a resolution. */
  fingerprint: string;
}

/** One client's walk over its pool: fire the next entity not open, resolve the oldest open ones. */
class ChangeSource {
  private readonly open: { id: string; fingerprint: string }[] = [];
  private next = 0;
  private generation = 0;

  constructor(
    private readonly pool: string[],
    private readonly keepOpen: number,
    private readonly prefix: string,
  ) {}

  batch(size: number): Change[] {
    const resolves = Math.min(Math.floor(size / 2), Math.max(0, this.open.length - this.keepOpen));
    const out: Change[] = this.open.splice(0, resolves).map((a) => ({ id: a.id, state: 'UP' as const, fingerprint: a.fingerprint }));
    for (let k = out.length; k < size; k += 1) {
      const id = this.pool[this.next % this.pool.length];
      this.next += 1;
      this.generation += 1;
      const fingerprint = `${this.prefix}-${this.generation}`;
      this.open.push({ id, fingerprint });
      out.push({ id, state: 'DOWN', fingerprint });
    }
    return out;
  }

  /** Everything still open, resolved (the untimed drain at the end of a run). */
  drain(size: number): Change[][] {
    const out: Change[][] = [];
    while (this.open.length > 0) out.push(this.open.splice(0, size).map((a) => ({ id: a.id, state: 'UP' as const, fingerprint: a.fingerprint })));
    return out;
  }
}

function alertmanagerBody(changes: Change[], at: string): string {
  const alerts = changes.map((c) => ({
    status: c.state === 'DOWN' ? 'firing' : 'resolved',
    labels: { alertname: 'BenchDown', cascade_id: c.id, severity: 'critical' },
    annotations: { summary: `${c.id} does not answer` },
    startsAt: at,
    endsAt: c.state === 'DOWN' ? '0001-01-01T00:00:00Z' : at,
    fingerprint: c.fingerprint,
  }));
  const status = changes.some((c) => c.state === 'DOWN') ? 'firing' : 'resolved';
  return JSON.stringify({ version: '4', status, receiver: 'cascade', groupKey: '{}:{alertname="BenchDown"}', alerts });
}

function genericBody(changes: Change[], at: string): string {
  const events = changes.map((c) =>
    c.state === 'DOWN'
      ? { source: 'bench', dedupKey: c.fingerprint, action: 'trigger', severity: 'critical', summary: `${c.id} does not answer`, resource: { id: c.id }, timestamp: at }
      : { action: 'resolve', dedupKey: c.fingerprint, timestamp: at },
  );
  return JSON.stringify({ events });
}

interface Acked {
  ackAt: number;
  sentAt: number;
  changes: Change[];
}

const SET_STATUS = 'mutation ($input: SetStatusInput!) { setStatus(input: $input) { state } }';
/** What the prober asks, as a dashboard would (the bench's storm times it too): ids, states and people counts. */
export const DASHBOARD_QUESTION = '{ currentImpact { statuses { node { id } state } impact { summary { peopleDown peopleDegraded } } } }';

async function sustained(job: SustainedJob): Promise<SustainedResult> {
  const post = poster(job.base, job.token, job.clients + 1);
  const result: SustainedResult = { elapsedMs: 0, requests: 0, events: 0, changes: 0, ackMs: [], freshMs: [], impactMs: [], staleBatches: 0, lagMs: 0, errors: [] };
  const error = (message: string) => {
    if (result.errors.length < 20) result.errors.push(message);
  };
  // A batch stays open for about four batch periods of its client before it is resolved.
  const sources = job.pools.map((pool, c) => new ChangeSource(pool, job.batch * 2, `${job.tag}-c${c}`));
  /** When each entity was last sent a change: a later send may legitimately hide an earlier batch. */
  const lastSent = new Map<string, number>();
  /** Acknowledged batches no answer has been checked against yet, in the order acknowledged. */
  const pending: Acked[] = [];

  /** Sends one client's batch the way the job says; the number of status changes the API reported. */
  const send = async (c: number, changes: Change[]): Promise<number> => {
    const at = new Date().toISOString();
    if (job.mode === 'events') {
      const path = c % 2 === 0 ? '/events/alertmanager' : '/events';
      const body = c % 2 === 0 ? alertmanagerBody(changes, at) : genericBody(changes, at);
      const t0 = performance.now();
      const answer = await post(path, body);
      result.ackMs.push(performance.now() - t0);
      result.requests += 1;
      if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
      const received = JSON.parse(answer.text) as { statusChanges: unknown[]; events: { outcome: string; reason: string | null }[] };
      // Every event of the bench changes a status: say what became of one that did not.
      const other = received.events.find((e) => e.outcome !== 'APPLIED');
      if (other) error(`${path}: an event was ${other.outcome} (${other.reason ?? ''})`);
      return received.statusChanges.length;
    }
    let made = 0;
    for (const change of changes) {
      const input = { id: change.id, status: change.state, reason: `bench ${change.state === 'DOWN' ? 'firing' : 'resolved'} [${change.fingerprint}]`, by: 'bench' };
      const t0 = performance.now();
      const answer = await post('/graphql', JSON.stringify({ query: SET_STATUS, variables: { input } }));
      result.ackMs.push(performance.now() - t0);
      result.requests += 1;
      const body = JSON.parse(answer.text) as { errors?: { message: string }[] };
      if (answer.status !== 200 || body.errors?.length) throw new Error(`setStatus answered ${answer.status}: ${answer.text.slice(0, 300)}`);
      made += 1;
    }
    return made;
  };

  const started = performance.now();
  const endAt = started + job.seconds * 1000;
  let running = true;
  // Each client's batches are spread evenly over time, the clients offset from one another.
  const period = job.rate === null ? 0 : (job.batch * job.clients * 1000) / job.rate;
  const clients = sources.map(async (source, c) => {
    for (let k = 0; ; k += 1) {
      const due = started + k * period + (c * period) / job.clients;
      if (due >= endAt) break;
      const now = performance.now();
      if (due > now) await sleep(due - now);
      else result.lagMs = Math.max(result.lagMs, now - due);
      if (performance.now() >= endAt) break;
      const changes = source.batch(job.batch);
      const sentAt = performance.now();
      for (const change of changes) lastSent.set(change.id, sentAt);
      try {
        // Awaited first: `x += await y` would add to the value x had before the wait, losing other clients' counts.
        const made = await send(c, changes);
        result.changes += made;
        result.events += changes.length;
        const ackAt = performance.now();
        pending.push({ ackAt, sentAt, changes });
      } catch (e) {
        error((e as Error).message);
        await sleep(100);
      }
    }
  });

  const prober = (async () => {
    let nextAt = 0;
    while (running && job.probe !== false) {
      const wait = nextAt - performance.now();
      if (wait > 0) await sleep(wait);
      if (pending.length === 0) {
        await sleep(5);
        continue;
      }
      // Every batch acknowledged by now must show in this answer: each is timed from its own
      // acknowledgement, so the wait for this question counts (a dashboard polling sees no sooner).
      const asked = pending.splice(0, pending.length);
      const t0 = performance.now();
      nextAt = t0 + (job.probe ?? 0);
      let answer: { status: number; text: string };
      try {
        answer = await post('/graphql', JSON.stringify({ query: DASHBOARD_QUESTION }));
      } catch (e) {
        error(`currentImpact: ${(e as Error).message}`);
        pending.unshift(...asked);
        continue;
      }
      const t1 = performance.now();
      result.impactMs.push(t1 - t0);
      const body = JSON.parse(answer.text) as { data?: { currentImpact: { statuses: { node: { id: string }; state: string }[] } }; errors?: { message: string }[] };
      if (!body.data) {
        error(`currentImpact: ${body.errors?.[0]?.message ?? answer.text.slice(0, 200)}`);
        pending.unshift(...asked);
        continue;
      }
      const down = new Set(body.data.currentImpact.statuses.filter((s) => s.state === 'DOWN').map((s) => s.node.id));
      const unseen: Acked[] = [];
      for (const batch of asked) {
        // An entity sent a change after this batch may show that later change instead.
        const shows = batch.changes.every((c) => (lastSent.get(c.id) ?? 0) > batch.sentAt || down.has(c.id) === (c.state === 'DOWN'));
        if (shows) result.freshMs.push(t1 - batch.ackAt);
        else {
          result.staleBatches += 1;
          unseen.push(batch);
        }
      }
      // Not shown (a read-your-writes failure, counted above): timed again by the next answer.
      pending.unshift(...unseen);
    }
  })();

  await Promise.all(clients);
  result.elapsedMs = performance.now() - started;
  running = false;
  await prober;
  // Untimed: everything still open is resolved, so the next run starts from a quiet estate.
  for (let c = 0; c < sources.length; c += 1) {
    for (const changes of sources[c].drain(Math.max(job.batch, 100))) {
      try {
        await send(c, changes);
      } catch (e) {
        error(`drain: ${(e as Error).message}`);
      }
    }
  }
  return result;
}

async function storm(job: StormJob): Promise<StormResult> {
  const post = poster(job.base, job.token, job.clients);
  const result: StormResult = { elapsedMs: 0, answers: job.requests.map(() => null), ackMs: [], errors: [] };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: job.clients }, async () => {
      while (next < job.requests.length) {
        const i = next;
        next += 1;
        const t0 = performance.now();
        try {
          const answer = await post(job.requests[i].path, job.requests[i].body);
          result.ackMs.push(performance.now() - t0);
          if (answer.status !== 200) throw new Error(`${job.requests[i].path} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
          result.answers[i] = JSON.parse(answer.text) as Record<string, unknown>;
        } catch (e) {
          if (result.errors.length < 20) result.errors.push((e as Error).message);
        }
      }
    }),
  );
  result.elapsedMs = performance.now() - started;
  return result;
}

if (parentPort) {
  const job = workerData as SustainedJob | StormJob;
  (job.kind === 'sustained' ? sustained(job) : storm(job)).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
