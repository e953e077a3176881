// The item page's take / take over / give back form.
import type { Item } from '../store/index.js';
import { actorOf, type Principal } from '../roles.js';
import { html, Html } from './html.js';

/**
 * "Take" for an unassigned item, a distinct "take over from X" for one someone else holds, and "give
 * back" for one's own (`assignee` empty: nobody). Each sends the holder shown, so a change made
 * meanwhile (taken over, given back, decided) is a conflict, not silently undone.
 */
export function takeForm(item: Item, user: Principal, csrf: string, q: string): Html {
  if (item.assignee === actorOf(user)) {
    return html`<form method="post" action="/review/items/${item.id}/assign${q}" class="inline" id="release"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="fromAssignee" value="${item.assignee}"><input type="hidden" name="assignee" value=""><button type="submit" class="b-release">Lepaskan (kembalikan ke antrean)</button></form>`;
  }
  const label = item.assignee === null ? 'Ambil (tugaskan ke saya)' : `Ambil alih dari ${item.assignee}`;
  return html`<form method="post" action="/review/items/${item.id}/assign${q}" class="inline" id="take"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="fromAssignee" value="${item.assignee ?? ''}"><button type="submit" class="${item.assignee === null ? 'b-take' : 'b-takeover'}">${label}</button></form>`;
}
