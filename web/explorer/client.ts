/**
 * The explorer's only way out: POST /graphql and the graphql-ws socket on the same origin, both
 * typed by the operations codegen generated. Nothing else is fetched at run time.
 */
import { Client, createClient } from 'graphql-ws/client';
import type { Operation } from './operations';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function failure(errors: NonNullable<Answer<unknown>['errors']>): GraphQLRequestError {
  return new GraphQLRequestError(errors.map((e) => e.message).join('; '), errors.map((e) => e.extensions?.code ?? 'ERROR'));
}

export async function request<TData, TVariables>(operation: Operation<TData, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: operation.text, variables }),
    signal,
  });
  const answer = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as Answer<TData>;
  if (answer.errors?.length) throw failure(answer.errors);
  if (!answer.data) throw new GraphQLRequestError(`HTTP ${response.status} without data`, ['ERROR']);
  return answer.data;
}

let socket: Client | null = null;

function liveClient(): Client {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  socket ??= createClient({ url: `${scheme}//${location.host}/graphql`, lazy: true, retryAttempts: Infinity, keepAlive: 20_000 });
  return socket;
}

/** Subscribes; `next` gets every result. Returns the function that stops it. */
export function subscribe<TData, TVariables>(
  operation: Operation<TData, TVariables>,
  variables: TVariables,
  handlers: { next: (data: TData) => void; error: (error: Error) => void },
): () => void {
  return liveClient().subscribe<TData>(
    { query: operation.text, variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.errors?.length) handlers.error(failure(result.errors as never));
        else if (result.data) handlers.next(result.data as TData);
      },
      error: (error) => handlers.error(error instanceof Error ? error : new Error('the live connection closed')),
      complete: () => undefined,
    },
  );
}
