// A small bounded cache. Eviction is first-in-first-out: re-ordering entries on every hit (true LRU)
// costs a Map delete and insert per lookup, which measured slower than the few extra misses FIFO
// causes on Zipfian social-media vocabulary.
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {
    if (!(capacity > 0)) throw new Error(`cache capacity must be positive, got ${capacity}`);
  }
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  set(key: K, value: V): void {
    if (this.map.size >= this.capacity) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, value);
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}
