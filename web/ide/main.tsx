/**
 * The GraphQL IDE served at GET /graphql to browsers: GraphiQL, bundled with everything it needs
 * (no CDN), preloaded with the documented examples (examples.json, made by web/build.js from docs/).
 * Queries go over HTTP POST to /graphql and subscriptions over graphql-ws on the same path; the
 * token typed in the Headers tab (`{"Authorization": "Bearer …"}`) is sent with both.
 */
import { createGraphiQLFetcher, Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createClient } from 'graphql-ws';
import { createRoot } from 'react-dom/client';

interface Example {
  title: string;
  query: string;
  variables?: string;
}

const httpUrl = new URL('/graphql', window.location.href).toString();
const wsUrl = httpUrl.replace(/^http/, 'ws');

/**
 * One fetcher per Authorization value: graphql-ws sends credentials once, when it connects, so a
 * new token needs a new connection (created lazily, on the first subscription).
 */
const fetchers = new Map<string, Fetcher>();
function fetcherFor(authorization: string): Fetcher {
  let fetcher = fetchers.get(authorization);
  if (!fetcher) {
    const wsClient = createClient({ url: wsUrl, connectionParams: authorization ? { authorization } : {} });
    fetcher = createGraphiQLFetcher({ url: httpUrl, wsClient });
    fetchers.set(authorization, fetcher);
  }
  return fetcher;
}

const fetcher: Fetcher = (params, options) => {
  const headers = (options?.headers ?? {}) as Record<string, string>;
  const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '';
  return fetcherFor(authorization)(params, options);
};

async function examples(): Promise<Example[]> {
  try {
    const response = await fetch('/ide/examples.json');
    return response.ok ? ((await response.json()) as Example[]) : [];
  } catch {
    return [];
  }
}

const welcome = `# Cascade: IT service impact analysis.
# Reads need no token by default; for writes put your token in the Headers tab below:
#   {"Authorization": "Bearer <token>"}   (npm start keeps the admin token in .cascade/admin-token)
# The other tabs hold the documented examples. Ctrl-Enter runs a query.
query BothCoreRoutersFail {
  impact(failures: [{ id: "isp.core-rtr-1" }, { id: "isp.core-rtr-2" }]) {
    summary { peopleDown peopleDegraded }
    consumerGroups { consumerGroup { id name } state people }
  }
}
`;

void examples().then((list) => {
  const tabs = [{ query: welcome }, ...list.map((example) => ({ query: `# ${example.title}\n${example.query}`, variables: example.variables }))];
  createRoot(document.getElementById('ide') as HTMLElement).render(<GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility="variables" />);
});
