// A page or form refused for the session's role (403), audited as the API's are (`role_refused`,
// aggregated): the key's actor and id, the role needed and the page's route template
// (`POST /review/items/:id/decision`), never the body or the query. The answer is a 403 either way.
import type { Request, Response } from 'express';
import { actorOf, type Role } from '../roles.js';
import type { PageContext } from './page-context.js';
import { errorPage } from './page-errors.js';
import { sessionOf } from './session.js';

export async function refuseRole(ctx: PageContext, req: Request, res: Response, needs: Role, text: string): Promise<void> {
  const p = sessionOf(req).principal;
  const route = `${req.method} ${req.baseUrl}${String(req.route?.path ?? '')}`;
  await ctx.roleAudit.recordRole({ actor: actorOf(p), keyId: p.keyId, needs, route }).catch((err: Error) => req.log?.warn({ err: { name: err.name } }, 'role_refused audit row not written'));
  errorPage(req, res, 403, 'Tidak diizinkan', text);
}
