// Typed arrays that the analysis of one document fills, reads and drops, kept from one document to
// the next: allocating a typed array costs a couple of microseconds (its memory is zeroed outside
// the heap and later freed by the collector), and a document asks for about fifteen. A document is
// analysed to the end before the next one starts (analyzeFile is synchronous), so each use site,
// with a Scratch of its own, can take the same memory again; nothing the analysis returns may hold
// such an array.

/** Longer arrays are allocated each time, not kept: a huge file must not pin its memory. */
const MAX_KEPT_LENGTH = 1 << 16;

class Scratch<T extends Int32Array | Uint8Array> {
  private memory: T | undefined;

  constructor(private readonly allocate: (length: number) => T) {}

  /** An array of `length` elements, each set to `fill`, valid until this Scratch is asked again. */
  take(length: number, fill = 0): T {
    if (length > MAX_KEPT_LENGTH) return this.allocate(length).fill(fill) as T;
    if (!this.memory || this.memory.length < length) this.memory = this.allocate(Math.min(MAX_KEPT_LENGTH, Math.max(length, 2 * (this.memory?.length ?? 1024))));
    return this.memory.subarray(0, length).fill(fill) as T;
  }
}

export const scratchInt32 = (): Scratch<Int32Array> => new Scratch((length) => new Int32Array(length));
export const scratchUint8 = (): Scratch<Uint8Array> => new Scratch((length) => new Uint8Array(length));
