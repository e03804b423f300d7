import { Response } from 'express';

/**
 * Answers a request refused before GraphQL runs, in the GraphQL response shape, so clients read
 * every refusal the same way: `errors[0].extensions.code`.
 */
export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
