// The queue's excerpt of a long post in a real headless Chromium: a long Facebook post opens with a
// greeting, so the row shows the text around the first candidate mention (or the top evidence), after
// an ellipsis; a post whose mention is near its start shows its start, as a short post shows all of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';

const greeting = 'Assalamualaikum warahmatullahi wabarakatuh, selamat pagi bapak ibu sekalian yang dirahmati Allah. Semoga kita semua selalu diberi kesehatan dan kelancaran dalam bekerja. ';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();
  let late = '';
  let early = '';

  beforeAll(async () => {
    late = await fx.addPost(`${greeting}Jangan lupa tanggal 17 April coblos Prabowo Sandi nomor 2 ya, demi perubahan. Terima kasih.`, 's1');
    early = await fx.addPost(`Coblos Prabowo nomor 2 ya bapak ibu. ${greeting}`, 's2');
  }, 60_000);

  it('shows the words around the first mention, not the greeting, after an ellipsis', async () => {
    const { context, page } = await fx.loggedIn('supervisor');
    const lateText = await page.locator(`#queue tr.row[data-id="${late}"] td.snippet a`).textContent();
    expect(lateText).toMatch(/^…/);
    expect(lateText).toContain('coblos Prabowo Sandi nomor 2');
    expect(lateText).not.toContain('Assalamualaikum');
    expect([...lateText!.replace(/^…|…$/g, '')].length).toBeLessThanOrEqual(90);
    const earlyText = await page.locator(`#queue tr.row[data-id="${early}"] td.snippet a`).textContent();
    expect(earlyText).toMatch(/^Coblos Prabowo nomor 2 ya bapak ibu\. Assalamualaikum .*…$/);
    await context.close();
  });
});
