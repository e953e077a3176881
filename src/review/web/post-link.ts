// The item page's link to the post. It opens in a new tab without the review page as its referrer
// (the post's site would learn the review page's address and item id) and without a handle on this
// tab (noopener). A stored link that is not http(s) (the store takes whatever a caller of its own
// gives) is shown as text, never made a link: a `javascript:` one would run in the reviewer's session.
import { isPostUrl } from '../post-url.js';
import { html, type Html } from './html.js';

export function postLink(url: string | null): Html | string {
  if (url === null) return '–';
  return isPostUrl(url) ? html`<a href="${url}" rel="noopener noreferrer" target="_blank" class="post-url">${url}</a>` : html`${url}`;
}
