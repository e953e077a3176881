// The link to a post (`url`), which an officer follows to find it. Only http(s): the page makes it a
// link, and a `javascript:` or `data:` one would run in the reviewer's session when clicked. The same
// rule for the API (which refuses anything else) and the batch CLI's --url-field (which stores none).

/** The most a link may hold, in characters: longer than any post link in the feeds we know. */
export const URL_MAX_LENGTH = 2000;

/** What is wrong with `url` as a post's link, or undefined when it is one. */
export function postUrlProblem(url: string): string | undefined {
  if (url.length > URL_MAX_LENGTH) return `must be at most ${URL_MAX_LENGTH} characters`;
  // URL() would drop a space or a line break where a typed or cut-off link has one; a link has none.
  if (/[\s\p{Cc}]/u.test(url)) return 'must be an http or https link (no spaces)';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an http or https link (https://…)';
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : 'must be an http or https link (https://…)';
}

/** Whether `url` is a post's link by that rule. */
export const isPostUrl = (url: string): boolean => postUrlProblem(url) === undefined;

// A host with a dot, then a path: how monitoring exports often write a link ("facebook.com/x/posts/1").
const SCHEMELESS_LINK = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\/\S*$/i;

/**
 * A post's link from an export's cell: as written when it is one, else with `https://` before a link
 * written without its scheme, as a browser's address bar reads it; undefined when it is no link. The
 * batch CLI reads exports so; the API takes only what the client says (postUrlProblem).
 */
export function exportedPostUrl(value: string): string | undefined {
  if (isPostUrl(value)) return value;
  return SCHEMELESS_LINK.test(value) && isPostUrl(`https://${value}`) ? `https://${value}` : undefined;
}
