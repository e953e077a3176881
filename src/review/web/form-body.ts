// The review pages' form bodies (application/x-www-form-urlencoded), read by the scoring routes'
// reader: a form over the limit is refused at once (413, the connection closed, the rest unread);
// express.urlencoded read and dropped the whole upload first, so an endless one was never answered.
// Parsed as express.urlencoded({ extended: false }) did: flat fields, a repeated one as an array. A
// UTF-8 form that is not valid UTF-8 or percent-encoding is refused (400), as the API refuses such a
// JSON body: decoded leniently, its bad bytes were saved as U+FFFD, in a reason nobody wrote. A
// textarea's line breaks (CRLF, as browsers send them) are kept as "\n" (typedBreaks).
import { isUtf8 } from 'node:buffer';
import { parse } from 'node:querystring';
import express, { type Request, type RequestHandler, type Router } from 'express';
import { rawBody } from '../../service/read-body.js';
import { percentDecoded } from '../../util/percent-decoded.js';

/** Largest form in bytes (the limit express.urlencoded had). */
export const FORM_LIMIT_BYTES = 64 * 1024;
/** Far more fields than any page's form has; more is refused as too large, as body-parser did. */
const MAX_FIELDS = 1000;

const refusal = (message: string, status: number, type: string): Error => Object.assign(new Error(message), { status, type, expose: true });
const charsetOf = (req: Request): string => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
const latin1 = (s: string): string => s.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))); // a byte is its code point

/** Leaves a form's fields in req.body; any other request (no body, another type) passes unread. */
export function formBody(limitBytes = FORM_LIMIT_BYTES): Router {
  const checkType: RequestHandler = (req, res, next) => {
    const form = req.is('application/x-www-form-urlencoded'); // null: no body
    // A body of another type (JSON, multipart) posted to a page: left unread, it failed the CSRF check
    // as if sent from a stale page. Said for what it is, as an unsupported charset is. (An empty POST
    // with no type still meets the CSRF check.)
    const typed = req.get('content-type') !== undefined && req.get('content-length') !== '0';
    if (form === false && typed && req.method === 'POST') {
      res.set('Connection', 'close'); // left unread
      return next(refusal(`unsupported form type "${String(req.get('content-type')).slice(0, 60)}"`, 415, 'entity.unsupported'));
    }
    if (!form) return next('router');
    const charset = charsetOf(req);
    if (charset === 'utf-8' || charset === 'iso-8859-1') return next();
    res.set('Connection', 'close'); // left unread
    next(refusal(`unsupported charset "${charset.slice(0, 40)}"`, 415, 'charset.unsupported'));
  };
  const parseForm: RequestHandler = (req, _res, next) => {
    const utf8 = charsetOf(req) === 'utf-8';
    const raw = req.body as Buffer;
    if (utf8 && !isUtf8(raw)) return next(refusal('form is not valid UTF-8', 400, 'encoding.invalid'));
    const text = raw.toString(utf8 ? 'utf8' : 'latin1');
    if (text.split('&', MAX_FIELDS + 1).length > MAX_FIELDS) return next(refusal('too many parameters', 413, 'parameters.too.many'));
    let undecodable = false;
    // querystring falls back to a lenient decoding when the decoder throws: note it instead.
    const strict = (s: string): string => percentDecoded(s) ?? ((undecodable = true), s);
    const fields = text ? parse(text, '&', '=', { maxKeys: 0, decodeURIComponent: utf8 ? strict : latin1 }) : {};
    if (undecodable) return next(refusal('form is not valid percent-encoding', 400, 'encoding.invalid'));
    req.body = typedBreaks(fields);
    next();
  };
  return express.Router().use(checkType, ...rawBody(limitBytes), parseForm);
}

/**
 * A browser sends a textarea's line breaks as CRLF: stored so, a reason from the page held "\r\n" where
 * the API's holds "\n", and counted a character more per break than the reviewer typed (2,000 typed over
 * 10 lines was refused as 2,010). Each break is kept as typed, one "\n".
 */
function typedBreaks(fields: Record<string, string | string[] | undefined>): Record<string, string | string[] | undefined> {
  const lf = (v: string) => v.replace(/\r\n/g, '\n');
  // In place: the parsed object keeps its null prototype (a field named `__proto__` stays a field).
  for (const [k, v] of Object.entries(fields)) fields[k] = typeof v === 'string' ? lf(v) : Array.isArray(v) ? v.map(lf) : v;
  return fields;
}
