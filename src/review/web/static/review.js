// netra review: keyboard shortcuts (j/k next/previous, Enter/o open, c/d/e confirm/dismiss/escalate, each pressed twice),
// the item page's typed values kept across its forms, and a prompt before leaving it with input unsaved.
(function () {
  'use strict';
  function typing(el) {
    return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
  }
  // Enter on a focused link or button must do what that element does (follow it, log out, filter),
  // not open the selected row.
  var INTERACTIVE = 'a, button, input, select, textarea, summary, [contenteditable]';
  function onInteractive(el) {
    return !!(el && el.closest && el.closest(INTERACTIVE));
  }
  // A form's result (the item page's message, a refused form's or filter's errors) is what the page
  // is about: focus goes to it on load, so screen readers read it (role=status/alert content present
  // on load is not reliably announced). It is no field: the shortcuts work from there.
  var result = document.getElementById('flash') || document.getElementById('form-error');
  if (result) result.focus();
  var rows = Array.prototype.slice.call(document.querySelectorAll('#queue tr.row'));
  var sel = rows.length ? 0 : -1;
  // aria-selected means nothing on rows of a plain table: the selected row is aria-current, and a
  // polite live region says which it is when j/k (or a click) moves the selection, not on load.
  var say = document.getElementById('queue-announce');
  function cell(r, n) { return r.cells[n] ? r.cells[n].textContent.trim() : ''; }
  function announce() {
    var r = rows[sel]; // cells: post, risk, level, model label, status (queue-page.ts)
    if (say) say.textContent = 'Item ' + (sel + 1) + ' dari ' + rows.length + ': ' + cell(r, 3) + ', risiko ' + cell(r, 1) + ', ' + cell(r, 2) + ', ' + cell(r, 4);
  }
  function mark(spoken) {
    rows.forEach(function (r, i) { r.classList.toggle('selected', i === sel); if (i === sel) r.setAttribute('aria-current', 'true'); else r.removeAttribute('aria-current'); });
    // Scrolled to and spoken only when j/k or a click moves it: scrolling on load moved Chromium's Tab
    // starting point into the table, past the header and the filters.
    if (sel >= 0 && spoken) { rows[sel].scrollIntoView({ block: 'nearest' }); announce(); }
  }
  mark(false);
  rows.forEach(function (r, i) {
    r.addEventListener('click', function (ev) { if (ev.target.tagName !== 'A') { sel = i; mark(true); } });
    r.addEventListener('dblclick', function () { location.href = r.getAttribute('data-href'); });
  });
  var item = document.getElementById('item');
  function go(attr) { var href = item && item.getAttribute(attr); if (href) location.href = href; }
  function decideButton(key) { return document.querySelector('#decide button[data-key="' + key + '"]'); }
  // A decision key only arms its decision: one unmodified letter is too easily typed by mistake (Esc
  // pressed to close a field's autocomplete, then typing on: the d of "dukungan" was a final dismissal).
  // The prompt (a live region, so it is read out) asks for the same key again within 3 s; another key,
  // a click, leaving the window or the time running out disarms it. A held key's repeats are no second press.
  // Typing speed tells words from decisions: Esc then " cc atasan" typed on used to arm and send (cc).
  // So a key less than 600 ms after the previous printable key (in a field too) arms nothing, and a
  // second press less than 300 ms after the first (a doubled letter, "ee") does not send: it stays armed.
  var ARM_MS = 3000;
  var TYPING_MS = 600;
  var DOUBLE_MS = 300;
  var lastPrintable = -Infinity;
  var armed = null;
  var armedAt = 0;
  var armTimer = 0;
  var byKey = false; // the click c c makes: asked twice already
  var confirmSay = document.getElementById('decide-confirm');
  function disarm() {
    if (armed === null) return;
    var b = decideButton(armed);
    if (b) b.classList.remove('armed');
    armed = null;
    clearTimeout(armTimer);
    if (confirmSay) confirmSay.textContent = '';
  }
  /** Arms the decision of `key`, saying under the buttons how to send it (`how`). */
  function arm(key, how) {
    var b = decideButton(key);
    armed = key;
    armedAt = performance.now();
    armTimer = setTimeout(disarm, ARM_MS);
    b.classList.add('armed');
    if (confirmSay) confirmSay.textContent = b.textContent.replace(/\s*\([a-z]\)\s*$/, '') + '? ' + how;
  }
  function decide(key, since) { // since: ms from the previous printable key
    var b = decideButton(key);
    if (!b || b.disabled) return; // held by someone else: taken over first
    if (armed !== key) {
      disarm();
      if (since < TYPING_MS) return;
      arm(key, 'Tekan ' + key + ' lagi untuk mengirim · tombol lain membatalkan');
      return;
    }
    if (since < DOUBLE_MS) return;
    disarm();
    byKey = true;
    b.click();
    byKey = false;
  }
  // A click or tap (or Enter/Space on the focused button) arms its decision the same way: one click
  // used to save a final decision at once. A second one within 3 s sends; one less than 300 ms after the
  // first (a double click) does not, it stays armed. Without the script a click sends, as before.
  var decideForm = document.getElementById('decide');
  if (decideForm) {
    decideForm.addEventListener('click', function (ev) {
      var b = ev.target.closest && ev.target.closest('button[data-key]');
      if (!b || b.disabled || byKey) return;
      var key = b.getAttribute('data-key');
      if (armed === key && performance.now() - armedAt >= DOUBLE_MS) { disarm(); return; }
      ev.preventDefault();
      if (armed === key) return;
      disarm();
      // detail 0: activated from the keyboard (Enter, Space), not by a pointer
      arm(key, ev.detail === 0 ? 'Tekan lagi untuk mengonfirmasi · tombol lain membatalkan' : 'Klik lagi untuk mengonfirmasi · klik di tempat lain membatalkan');
    });
  }
  // A press elsewhere disarms; on the armed button it is the second click.
  document.addEventListener('mousedown', function (ev) {
    var b = armed === null ? null : decideButton(armed);
    if (!(b && b.contains(ev.target))) disarm();
  }, true);
  window.addEventListener('blur', disarm);
  // The item page's forms (take, decision, correction, note) are separate: sending one reloads the page and would
  // drop what was typed in the others. Their typed values wait in this tab's sessionStorage for that one
  // round trip and go back into fields the page left empty (a refused form's own values come from the server).
  var KEEP = ['reason', 'label', 'note-text', 'suggested-label', 'correct-reason', 'correct-label'];
  var sending = false;
  // One send per page: a second one (c pressed twice, a double click) before the reply would cancel the
  // first in the browser after the server saved it, and its own reply (409 "Tidak diubah", an empty
  // note) would say the opposite of what happened. The reply is a new page, which can send again, and so
  // can this one once its send was stopped (below).
  var sent = false;
  var sentTo = '';
  // Storage keys per item: what was typed in the forms not sent, and the sent form's own values.
  function typedKeyOf(id) { return 'netra-review-typed:' + id; }
  function sentKeyOf(id) { return 'netra-review-sent:' + id; }
  var SENT_BY = 'netra-review-sent-by';
  var typedKey = item && typedKeyOf(item.getAttribute('data-id'));
  var sentKey = item && sentKeyOf(item.getAttribute('data-id'));
  function field(id) { return document.getElementById(id); }
  /** Who is logged in, as the page header names them ("Sari (supervisor)"). */
  function reviewer() { var who = document.querySelector('header .who'); return who ? who.textContent : ''; }
  // A form refused for its session (ended, or replaced by a new login) saved nothing: what was typed in
  // the page's forms (the sent one's too) waits for the reviewer's way back to the item, through the
  // login form; any other page drops it, so it is never a draft for a later visit.
  var RESUME = 'netra-review-resume';
  var refused = document.getElementById('form-refused');
  var onLogin = !!document.querySelector('form[action="/review/login"]');
  var resume = null;
  try {
    resume = JSON.parse(sessionStorage.getItem(RESUME) || 'null');
    if (refused) {
      var m = /^\/review\/items\/([^/]+)\/(?:decision|assign|notes)$/.exec(location.pathname);
      var rid = m && decodeURIComponent(m[1]);
      var values = m && Object.assign(JSON.parse(sessionStorage.getItem(typedKeyOf(rid)) || '{}'), JSON.parse(sessionStorage.getItem(sentKeyOf(rid)) || '{}'));
      // with who typed them: another reviewer logging in on this tab does not get them
      if (values && Object.keys(values).length) sessionStorage.setItem(RESUME, JSON.stringify({ id: rid, values: values, by: sessionStorage.getItem(SENT_BY) }));
    } else if (!onLogin && !(item && resume && resume.id === item.getAttribute('data-id'))) sessionStorage.removeItem(RESUME);
  } catch (e) { /* storage off or unreadable: nothing comes back */ }
  if (item) {
    try {
      var kept = JSON.parse(sessionStorage.getItem(typedKey) || '{}');
      sessionStorage.removeItem(typedKey);
      sessionStorage.removeItem(sentKey);
      var resumed = resume && resume.id === item.getAttribute('data-id');
      if (resumed) sessionStorage.removeItem(RESUME);
      if (resumed && resume.by === reviewer()) {
        KEEP.forEach(function (id) { var f = field(id); if (f && !f.value && typeof resume.values[id] === 'string') f.value = resume.values[id]; });
        var note = document.createElement('p');
        note.className = 'flash';
        note.id = 'restored';
        note.setAttribute('role', 'status');
        note.textContent = 'Isian formulir yang belum tersimpan dikembalikan; periksa lalu kirim lagi.';
        item.insertBefore(note, document.querySelector('#item > h1'));
      }
      // Only a send's reply (it says how the send went: a status line or the form's errors) takes them
      // back; those of a send that never got its reply (a network error, left mid-send) are no draft
      // for a later visit.
      if (document.querySelector('#item p.flash, #form-error')) KEEP.forEach(function (id) { var f = field(id); if (f && !f.value && typeof kept[id] === 'string') f.value = kept[id]; });
    } catch (e) { /* storage off or unreadable: the page as the server sent it */ }
    item.addEventListener('submit', function (ev) {
      if (sent) { ev.preventDefault(); return; }
      sent = true;
      sentTo = ev.target.action;
      sending = true;
      var keep = {};
      var any = false;
      var own = {};
      KEEP.forEach(function (id) { var f = field(id); if (f && f.value) { if (f.form !== ev.target) { keep[id] = f.value; any = true; } else own[id] = f.value; } });
      try {
        if (any) sessionStorage.setItem(typedKey, JSON.stringify(keep));
        else sessionStorage.removeItem(typedKey); // those of a send stopped before are no longer typed
        // The sent form's own values, for a refusal of the session only (the server brings back a refused form's values otherwise).
        sessionStorage.setItem(sentKey, JSON.stringify(own));
        sessionStorage.setItem(SENT_BY, reviewer());
      } catch (e) { /* as without the script */ }
    });
    // Leaving any other way (a link, j/k, the header, closing the tab) with a reason or note typed or a
    // label chosen, not saved, asks first, with the browser's own prompt; nothing typed (spaces alone are
    // nothing, as the server reads them), or one of the forms above being sent (it keeps the others'
    // values), leaves without asking. These fields never show a saved value, so any label in them is
    // unsaved, also one a refused form brought back selected (its default would call it saved).
    // Only the form's own navigation goes unasked: a link followed while it is still on its way (or after
    // it was stopped) would leave the typed values behind, so it asks again.
    window.addEventListener('beforeunload', function (ev) {
      if (sending) { sending = false; return; }
      if (!KEEP.some(function (id) { var f = field(id); return f && f.value.trim(); })) return;
      ev.preventDefault();
      ev.returnValue = '';
    });
    // Back to this page from the browser's cache after sending a form: it is not being sent any more.
    // Its fields go back to what the server sent (reset: a refused form's values, which are the HTML's,
    // stay): what they held when the page was left was sent or dropped, never a draft for now.
    window.addEventListener('pageshow', function (ev) {
      sending = false;
      sent = false;
      if (ev.persisted) Array.prototype.forEach.call(item.querySelectorAll('form.decide, form.note, form.correct'), function (f) { f.reset(); });
    });
    // A send stopped (the browser's stop button, window.stop()) leaves this page with nothing on its way:
    // its forms send again. The Navigation API aborts the send's navigate event then, but also as soon as
    // another navigation begins (a link, j/k), which the leave prompt's "stay" drops while the send goes
    // on: only an abort that no other navigation follows counts. Without the API, reload to send.
    if (window.navigation) {
      var navigations = 0;
      window.navigation.addEventListener('navigate', function (ev) {
        var at = ++navigations;
        if (sent && ev.formData && ev.destination.url === sentTo) {
          ev.signal.addEventListener('abort', function () {
            setTimeout(function () { if (navigations === at) sent = false; }, 0);
          });
        }
      });
    }
  }
  document.addEventListener('keydown', function (ev) {
    var now = performance.now();
    var since = now - lastPrintable;
    if (ev.key && ev.key.length === 1 && !ev.ctrlKey && !ev.metaKey && !ev.altKey && !ev.repeat) lastPrintable = now;
    if (armed !== null && ev.repeat && ev.key === armed) { ev.preventDefault(); return; }
    // Enter or Space on the armed button is its second press (the click it makes sends).
    var onArmed = armed !== null && (ev.key === 'Enter' || ev.key === ' ') && ev.target === decideButton(armed);
    if (armed !== null && ev.key !== armed && !onArmed) disarm();
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (typing(ev.target)) { if (ev.key === 'Escape') ev.target.blur(); return; }
    var k = ev.key;
    if (rows.length) {
      if (k === 'j') { sel = Math.min(rows.length - 1, sel + 1); mark(true); ev.preventDefault(); }
      else if (k === 'k') { sel = Math.max(0, sel - 1); mark(true); ev.preventDefault(); }
      else if ((k === 'o' || (k === 'Enter' && !onInteractive(ev.target))) && sel >= 0) { location.href = rows[sel].getAttribute('data-href'); ev.preventDefault(); }
      return;
    }
    if (item) {
      if (k === 'j') { go('data-next'); ev.preventDefault(); }
      else if (k === 'k') { go('data-prev'); ev.preventDefault(); }
      else if (k === 'c' || k === 'd' || k === 'e') { if (!ev.repeat) decide(k, since); ev.preventDefault(); }
    }
  });
})();
