/** Runs up to `window` tasks at once and yields their results in input order. */
export async function* inOrder<I, T>(items: readonly I[], run: (item: I) => Promise<T>, window: number): AsyncGenerator<T> {
  const pending: Array<Promise<T>> = [];
  let next = 0;
  while (next < items.length || pending.length > 0) {
    while (next < items.length && pending.length < Math.max(1, window)) {
      const task = run(items[next++] as I);
      task.catch(() => undefined); // awaited below, in order; this only stops an unhandled-rejection warning
      pending.push(task);
    }
    yield await (pending.shift() as Promise<T>);
  }
}

/** Splits `items` into consecutive chunks of at most `size`, keeping their order. */
export function chunks<I>(items: readonly I[], size: number): I[][] {
  const out: I[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}
