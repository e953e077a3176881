// The page's own script and style sheet, read once at start; nothing else is served from /review/static.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Request, Response } from 'express';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`./static/${name}`, import.meta.url)), 'utf8');
const STATIC: Record<string, { type: string; body: string }> = {
  'review.js': { type: 'text/javascript; charset=utf-8', body: read('review.js') },
  'review.css': { type: 'text/css; charset=utf-8', body: read('review.css') },
};

export function sendStatic(req: Request, res: Response): void {
  const name = String(req.params.file);
  const f = Object.hasOwn(STATIC, name) ? STATIC[name] : undefined; // not `constructor`, `__proto__`, …
  if (!f) return void res.status(404).end();
  res.set('Cache-Control', 'public, max-age=300').type(f.type).send(f.body);
}
