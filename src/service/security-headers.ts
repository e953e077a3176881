// Headers on every answer of the service, errors and the HTTP parser's refusals included. The API
// answers JSON and text, never a page: a browser that opens one (a problem quoting input, a score
// with evidence phrases) may not sniff it into another type, run or load anything in it, show it in a
// frame, or send its URL (an item id, a query) on as a referrer; nor may another site's page load it
// as a script or image (Cross-Origin-Resource-Policy). A mounted router with pages of its own (the
// review pages) sets its own Content-Security-Policy and Referrer-Policy, which replace these.
import type { RequestHandler } from 'express';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** First in the app, so the errors of every middleware after it carry them too. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set(SECURITY_HEADERS);
  next();
};

/** The same headers as raw header lines, for answers written to the socket (client-error.ts). */
export const SECURITY_HEADER_LINES = Object.entries(SECURITY_HEADERS)
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('');
