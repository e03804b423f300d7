import { Server } from 'node:http';

/**
 * Graceful shutdown of the HTTP server: no new connections; subscriptions are closed at once
 * (their sockets would otherwise hold the server open; clients reconnect elsewhere); requests in
 * flight may finish within `drainMs`; then `stop` closes the rest and whatever is left is cut.
 * Says whether everything finished in time ('drained') or had to be cut ('cut').
 */
export async function drainAndClose(
  server: Server,
  app: { closeSubscriptions(): Promise<void>; stop(): Promise<void> },
  drainMs: number,
): Promise<'drained' | 'cut'> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await app.closeSubscriptions();
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    closed.then(() => 'drained' as const),
    new Promise<'cut'>((resolve) => (timer = setTimeout(() => resolve('cut'), drainMs))),
  ]);
  clearTimeout(timer);
  await app.stop();
  server.closeAllConnections();
  await closed;
  return outcome;
}
