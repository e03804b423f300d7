/**
 * Events of `source`, each mapped (null: skipped), as an iterator whose return() ends the source at
 * once. An async generator that waits inside for-await runs its finally block only when the next
 * event arrives, so a client that left would stay subscribed until then (and keep the status relay
 * polling for nobody).
 */
export function mapEvents<T, U>(source: AsyncIterableIterator<T>, map: (event: T) => Promise<U | null> | U | null): AsyncIterableIterator<U> {
  const end = async (): Promise<IteratorResult<U>> => {
    await source.return?.();
    return { value: undefined, done: true };
  };
  return {
    async next(): Promise<IteratorResult<U>> {
      for (;;) {
        const result = await source.next();
        if (result.done) return { value: undefined, done: true };
        const mapped = await map(result.value);
        if (mapped !== null) return { value: mapped, done: false };
      }
    },
    return: end,
    async throw(error?: unknown): Promise<IteratorResult<U>> {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
