// Where to go after logging in: the page that sent the user to the login form. Only a path of this
// page on this origin is taken ("/review/items/…?status=new"); anything else (another host, "//host",
// "/\host", which browsers read as "//host", "/review/../x", the login page itself) means the queue.
const BASE = 'http://netra.invalid';
const MAX_LENGTH = 2000;

export function reviewNextPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_LENGTH || !value.startsWith('/review')) return undefined;
  if (/[\\\p{Cc}]/u.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  const path = url.pathname;
  if (url.origin !== BASE || !(path === '/review' || path.startsWith('/review/'))) return undefined;
  if (path.startsWith('/review/login') || path.startsWith('/review/logout') || path.startsWith('/review/static/')) return undefined;
  return path + url.search;
}

/**
 * The page a form posted to `url` was on: an item's page for the item's forms (keeping the queue
 * filters), else the queue. A form refused for its session (ended, or replaced by a new login) leads
 * back there, not to the queue's first page. A trailing slash (`…/decision/`, the same route to the
 * router) leads there too.
 */
export function formPagePath(url: string): string {
  const m = /^(\/review\/items\/[^/?]+)\/(?:decision|assign|notes)\/?(\?.*)?$/.exec(url);
  return (m && reviewNextPath(m[1] + (m[2] ?? ''))) ?? '/review';
}

/** The login form, remembering the page asked for (the queue itself needs no reminder). */
export function loginUrl(wanted: string): string {
  const next = reviewNextPath(wanted);
  return next && next !== '/review' && next !== '/review/' ? `/review/login?next=${encodeURIComponent(next)}` : '/review/login';
}
