// A small bounded cache: Map keeps insertion order, so the oldest entry is evicted first.
// Hot keys are re-inserted on hit to approximate LRU without a linked list.
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {
    if (!(capacity > 0)) throw new Error(`cache capacity must be positive, got ${capacity}`);
  }
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined && this.map.size > this.capacity / 2) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next().value as K;
      this.map.delete(oldest);
    }
    this.map.set(key, value);
  }
  get size(): number {
    return this.map.size;
  }
}
