// Which store a progress file's queue name means (src/batch/queue-identity.ts): the same store under an
// older spelling is the same, a name that tells no store (or an empty host) never is.
import { describe, expect, it } from 'vitest';
import { sameReviewStore, storeDifference } from '../../src/batch/queue-identity.js';

describe('sameReviewStore', () => {
  it('reads an older netra\'s spelling of the same PostgreSQL store', () => {
    expect(sameReviewStore('postgres://%2Frun%2Fpg:5432/netra', 'postgres:///run/pg:5432/netra')).toBe(true);
    expect(sameReviewStore('postgres://%2frun%2fpg:5432/netra', 'postgres:///run/pg:5432/netra')).toBe(true);
    expect(sameReviewStore('postgres://[::1]:5433/netra', 'postgres://[::1]:5433/netra')).toBe(true);
    expect(sameReviewStore('postgres://db:5432/a%2Fb', 'postgres://db:5432/a/b')).toBe(true);
  });

  it('never takes another store, or a name that tells none, for this one', () => {
    expect(sameReviewStore('postgres://[::1]:5433/netra', 'postgres://[::1]:5432/netra')).toBe(false);
    expect(sameReviewStore('postgres://:5432/netra', 'postgres://:5432/netra'.replace('//:', '//localhost:'))).toBe(false); // an empty ?host= then
    expect(sameReviewStore('postgres (unreadable DATABASE_URL)', 'postgres://localhost:5432/netra')).toBe(false);
    expect(sameReviewStore('review queue', 'postgres://localhost:5432/netra')).toBe(false);
    expect(sameReviewStore('sqlite:/srv/a', '/srv/b/review.sqlite')).toBe(false);
    expect(sameReviewStore('sqlite:/srv/a', 'postgres://localhost:5432/srv')).toBe(false);
  });

  it('names every part that differs', () => {
    expect(storeDifference('postgres://h1:5432/a', 'postgres://h2:5433/a')).toBe('the host differs (h1 then, h2 now), the port differs (5432 then, 5433 now)');
    expect(storeDifference('postgres://localhost:5432/netra', '/srv/var/review.sqlite')).toBe("the interrupted run's queue was in PostgreSQL, this run's is a SQLite store");
    expect(storeDifference('review queue', '/srv/var/review.sqlite')).toBeUndefined();
  });
});
