// The scoring pool closed on purpose (the service stopping, after its drain or its timeout): no
// worker failed, and a request still waiting on it is abandoned, not scored inline. Its own module so
// the routes can tell it apart without loading the pool.
export class PoolClosedError extends Error {
  override name = 'PoolClosedError';
  constructor() {
    super('the scoring pool is closed');
  }
}
