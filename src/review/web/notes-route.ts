// POST /review/items/:id/notes: an analyst's note or label suggestion from the item page.
import type { Request, Response } from 'express';
import { actorOf } from '../roles.js';
import { noteSchema } from '../http/validate.js';
import { fieldErrors } from '../../service/validation.js';
import { formErrorText } from './form-errors.js';
import { formFields } from './params.js';
import { typedOf } from './form-failure.js';
import { backToItem } from './flash.js';
import type { PageContext } from './page-context.js';
import { sessionOf } from './session.js';
import { showItem } from './show-item.js';

export async function addNote(ctx: PageContext, req: Request, res: Response): Promise<void> {
  const s = sessionOf(req);
  const fields = formFields(req.body, ['text', 'suggestedLabel']);
  if (!fields.suggestedLabel && fields.text === undefined) return backToItem(req, res, String(req.params.id), 'note-empty');
  // Spaces alone are absent (formFields); invisible characters only (`\u200b\u200b`) are refused by the schema, naming the field.
  const input = noteSchema.safeParse(fields);
  // Web forms are held to the API's schemas and limits; a bad form is refused, never saved cut down.
  // The item page comes back (400) with the errors in the page's language and what was typed.
  if (!input.success) return showItem(ctx, req, res, String(req.params.id), { formErrors: fieldErrors(input.error).map(formErrorText), typed: typedOf(req.body) }, 400);
  await ctx.store.note(String(req.params.id), input.data, actorOf(s.principal));
  backToItem(req, res, String(req.params.id), 'note-saved');
}
