// Runs async work over items with at most `limit` in flight, results in item order. Capturing every
// tab of a window at once would inject into dozens of pages together and starve the browser; three at
// a time keeps it responsive while still overlapping the slow parts (page scripts, network idle).
export async function runPool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`pool limit ${limit} is not a positive integer`);
  const results = new Array<R>(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
