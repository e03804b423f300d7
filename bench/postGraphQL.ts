/** The bench's GraphQL client: one POST, the parsed body (errors included, for the caller to judge). */
export interface GraphQLBody {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function postGraphQL(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLBody> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphQLBody;
}
