// Results arrive in the order workers finish; output keeps the order of the input. A result waits
// here only while an earlier one is still running, and the run stops taking new pages while too
// many wait (see extract-command), so this holds at most that many.
export class InOrder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;

  /** Files result `seq` (0, 1, 2, … each once) and returns what can now go out, in order. */
  put(seq: number, value: T): T[] {
    if (seq < this.next || this.waiting.has(seq)) throw new RangeError(`result ${seq} was already put`);
    this.waiting.set(seq, value);
    const ready: T[] = [];
    for (let v = this.waiting.get(this.next); this.waiting.has(this.next); v = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      ready.push(v as T);
    }
    return ready;
  }

  get size(): number {
    return this.waiting.size;
  }
}
