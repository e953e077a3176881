// A review API query parameter that is not valid percent-encoding or UTF-8 (`?reason=%C3%28`, `%ZZ`) is
// a 400 naming it, as a path `:id` or a body so written is. Express reads a query leniently, so a
// deletion's reason went into the audit log as "\uFFFD(" and an audit filter matched no one, silently.
import type { RequestHandler } from 'express';
import { percentDecoded } from '../../util/percent-decoded.js';
import { badRequest } from './problem.js';

/** The names of the query's parameters whose name or value cannot be decoded (`+` is a space, as in a form). */
function undecodableParams(query: string): string[] {
  const bad: string[] = [];
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const [name, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    const decode = (s: string) => percentDecoded(s.replace(/\+/g, ' '));
    if (decode(name) === undefined || decode(value) === undefined) bad.push(decode(name) ?? name);
  }
  return [...new Set(bad)];
}

export const refuseUndecodableQuery: RequestHandler = (req, _res, next) => {
  const at = req.originalUrl.indexOf('?');
  const bad = at < 0 ? [] : undecodableParams(req.originalUrl.slice(at + 1));
  if (bad.length) return next(badRequest(...bad.map((field) => ({ field, message: 'is not valid percent-encoding' }))));
  next();
};
