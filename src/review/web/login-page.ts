// The login form: an API key exchanged for a session (login-routes.ts).
import { html, page } from './html.js';

export function loginPage(csrf: string, error?: string, next?: string): string {
  return page(
    'Masuk',
    html`<section class="login">
<h1>Masuk</h1>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/review/login" autocomplete="off">
  <input type="hidden" name="_csrf" value="${csrf}">
  ${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
  <label>Kunci API <input type="password" name="key" id="key" required autofocus></label>
  <button type="submit">Masuk</button>
</form>
<p class="hint">Kunci dibuat oleh admin: <code>npm run cli -- keys create --role supervisor --name NAMA</code></p>
</section>`,
  );
}
