// The review page's cookies: read leniently (a cookie we cannot decode is ignored), written HttpOnly,
// SameSite=Strict and scoped to /review, and compared in constant time.
import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { percentDecoded } from '../../util/percent-decoded.js';

// Cookies we cannot decode are ignored: other sites' cookies on the host (`_ga=100%`) must not
// break the page, and an undecodable session cookie simply means "not logged in".
export function cookies(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const i = part.indexOf('=');
    const value = i > 0 ? percentDecoded(part.slice(i + 1).trim()) : undefined;
    if (value !== undefined) out[part.slice(0, i).trim()] = value;
  }
  return out;
}

/**
 * Whether the browser reached us over HTTPS: directly, or through a TLS-terminating proxy that says so
 * (X-Forwarded-Proto). The header is trusted only for this, where a forged one can do no harm: it only
 * adds Secure to the sender's own cookies.
 */
function overHttps(req: Request): boolean {
  return req.secure || req.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https';
}

export function setCookie(res: Response, req: Request, name: string, value: string, maxAgeSec: number): void {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/review', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSec}`];
  if (overHttps(req)) parts.push('Secure');
  res.append('Set-Cookie', parts.join('; '));
}

export const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
};
