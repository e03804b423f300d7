import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  DocExample,
  documentationFiles,
  fillPlaceholders,
  formatAnswer,
  instantsWanted,
  lineDiff,
  parseExamples,
  repositoryRoot,
  variablesFor,
  withAnswers,
} from '../helpers/docExamples';
import { ADMIN, TestServer, startTestServer } from '../helpers/testServer';

/**
 * Every GraphQL example of README.md and docs/*.md runs against the example world, and its printed
 * answer must be what the server answers now. `npm run docs:update` runs this same file with
 * CASCADE_DOCS_UPDATE=yes, which prints the new answers into the files instead of failing.
 * Examples that write put the world back with their `restore:` operations.
 */
const UPDATE = process.env.CASCADE_DOCS_UPDATE === 'yes';
const files = documentationFiles();
const texts = new Map(files.map((file) => [file, readFileSync(join(repositoryRoot, file), 'utf8')]));
const examples = files.flatMap((file) => parseExamples(texts.get(file)!, file));
const fresh = new Map<string, Map<string, string>>();
const restoreFailures: string[] = [];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  if (UPDATE) {
    for (const file of files) {
      const answers = fresh.get(file);
      if (!answers) continue;
      const text = texts.get(file)!;
      const updated = withAnswers(text, examples.filter((e) => e.file === file), answers);
      if (updated !== text) {
        writeFileSync(join(repositoryRoot, file), updated);
        process.stdout.write(`[docs] updated ${[...answers.keys()].filter((id) => examples.find((e) => e.file === file && e.id === id)!.answer !== answers.get(id)).join(', ')} in ${file}\n`);
      }
    }
  }
  await server.gateway.write('setStatusesUp');
  await server.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An instant strictly between what was written before and what is written after it. */
async function instant(): Promise<string> {
  await sleep(50);
  const at = new Date().toISOString();
  await sleep(50);
  return at;
}

/** The response body as the server sent it (keys in its order). */
async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** The headers an example is sent with, and how to take its credential away afterwards. */
async function credential(example: DocExample): Promise<{ headers: Record<string, string>; remove: () => Promise<void> }> {
  const as = example.options.as;
  if (as === undefined) return { headers: ADMIN, remove: async () => undefined };
  if (as === 'anonymous') return { headers: {}, remove: async () => undefined };
  await server.gateway.write('deleteApiKeysNamed', { name: as.name });
  const { createApiKey } = await server.ok(`mutation($input: ApiKeyInput!) { createApiKey(input: $input) { token key { id } } }`, {
    input: { name: as.name, role: as.role },
  });
  return {
    headers: { authorization: `Bearer ${createApiKey.token}` },
    remove: async () => {
      await server.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: createApiKey.key.id });
      await server.gateway.write('deleteApiKeysNamed', { name: as.name });
    },
  };
}

/** Runs the example's restore operations; a failed one is recorded by a test of its own. */
async function restore(example: DocExample): Promise<void> {
  for (const operation of example.restore) {
    const res = (await post(operation, {}, ADMIN)) as { errors?: unknown };
    if (res.errors) restoreFailures.push(`${example.file}:${example.line} restore of ${example.id}: ${operation}: ${JSON.stringify(res.errors)}`);
  }
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await sleep(20);
}

/** Runs an example: its responses, or with a subscription among its operations, the pushes. */
async function run(example: DocExample): Promise<unknown[]> {
  const forgetKeys = () => Promise.all(example.options.keys.map((name) => server.gateway.write('deleteApiKeysNamed', { name })));
  await forgetKeys();
  const { headers, remove } = await credential(example);
  const instants = new Map<number, string>();
  const wanted = new Set(instantsWanted(example.variables));
  const listening = example.subscriptions.some(Boolean);
  const client = listening
    ? createClient({ url: server.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: headers })
    : undefined;
  const pushes: unknown[] = [];
  const stops: (() => void)[] = [];
  try {
    example.operations.forEach((operation, i) => {
      if (!example.subscriptions[i]) return;
      stops.push(client!.subscribe({ query: operation, variables: variablesFor(operation, example.variables) }, {
        next: (result) => void pushes.push(result),
        error: (error) => void pushes.push({ error: String(error) }),
        complete: () => undefined,
      }));
    });
    // Lets the subscriptions reach the server before the first event.
    if (listening) await sleep(example.options.pause);
    const responses: unknown[] = [];
    for (const [i, operation] of example.operations.entries()) {
      if (example.subscriptions[i]) continue;
      if (wanted.has(i + 1)) instants.set(i + 1, await instant());
      const variables = fillPlaceholders(variablesFor(operation, example.variables), instants) as Record<string, unknown>;
      const seen = pushes.length;
      responses.push(await post(operation, variables, headers));
      // Each write waits for its push (or 10 s, for a write meant to change nothing), so a loaded
      // machine cannot merge two events into one push and make the printed answer look stale.
      if (listening) await until(() => pushes.length > seen, 10_000);
    }
    if (!listening) return responses;
    await until(() => pushes.length >= (example.options.pushes ?? 1), 10_000);
    // A push more than announced is drift too: give it the time to arrive.
    await sleep(example.options.pause);
    return [...pushes];
  } finally {
    stops.forEach((stop) => stop());
    await client?.dispose();
    await restore(example);
    await remove();
    await forgetKeys();
  }
}

describe('the documentation shows what the server answers', () => {
  test('README.md and docs/ have examples, each with its own id', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
  });

  test.each(examples.map((e): [string, DocExample] => [`${e.file} ${e.id}`, e]))('%s answers as printed', async (_name, example) => {
    const now = formatAnswer(await run(example), example.options);
    if (UPDATE) {
      if (!fresh.has(example.file)) fresh.set(example.file, new Map());
      fresh.get(example.file)!.set(example.id, now);
      return;
    }
    if (now !== example.answer) {
      throw new Error(
        `${example.file}:${example.line}: the answer printed for example "${example.id}" is not what the server answers now ` +
          `(- printed, + now). Run \`npm run docs:update\` to print the new answers, then read the prose around them.\n\n` +
          lineDiff(example.answer, now),
      );
    }
  });

  test('every example that wrote put the example world back', () => {
    expect(restoreFailures).toEqual([]);
  });
});
