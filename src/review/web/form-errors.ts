// The API schemas' errors in the page's language, for the item page's forms and the queue's and the audit log's filters.
import { html, type Html } from './html.js';

/** What the page calls each field (its label), by the name the schemas report. */
const FIELD_NAME: Record<string, string> = {
  reason: 'Alasan',
  label: 'Label peninjau',
  outcome: 'Keputusan',
  text: 'Catatan',
  suggestedLabel: 'Usulan label',
  fromStatus: 'Status',
  fromAssignee: 'Dipegang oleh',
  action: 'Aksi',
  actor: 'Oleh',
  item: 'Item',
  since: 'Sejak',
  until: 'Sampai',
  cursor: 'Halaman',
  limit: 'Jumlah',
};

/** The queue page's filters by their labels there (its `label` is the model's, not the reviewer's). */
const QUEUE_FIELD_NAME: Record<string, string> = { ...FIELD_NAME, status: 'Status', level: 'Level', label: 'Label', election: 'Pemilu', assignee: 'Dipegang oleh', sort: 'Urutan' };

/** A form error from the API's schemas, in the page's language: "Alasan: terlalu panjang (2.345 karakter; batasnya 2.000)". */
export function formErrorText(e: { field: string; message: string }): string {
  return errorText(e, FIELD_NAME);
}

/** A refused queue filter, in the page's language, named by its label in the filter form: "Status: pilihan tidak dikenal.". */
export function queueFilterErrorText(e: { field: string; message: string }): string {
  return errorText(e, QUEUE_FIELD_NAME);
}

function errorText(e: { field: string; message: string }, names: Record<string, string>): string {
  const m = e.message;
  // A parameter the page does not have (a hand-edited URL): named as it was written.
  if (m === 'unknown field') return `${e.field}: saringan tidak dikenal.`;
  const field = names[e.field] ?? 'Formulir';
  const long = /^is (\d+) characters long; the limit is (\d+) characters$/.exec(m);
  const chars = /^must be at most (\d+) characters$/.exec(m);
  const bound = /^must be at (least|most) (\d+)$/.exec(m);
  const n = (s: string) => Number(s).toLocaleString('id-ID');
  let text: string;
  if (long) text = `terlalu panjang (${n(long[1])} karakter; batasnya ${n(long[2])}). Tidak ada yang dipotong: persingkat lalu kirim lagi.`;
  else if (m === 'must not be empty') text = 'tidak boleh kosong atau hanya berisi spasi dan karakter tak terlihat.';
  else if (m.startsWith('must be a partisan label')) text = 'Konfirmasi berarti unggahan partisan: pilih ajakan, dukungan atau serangan (bukan netral), atau biarkan (bawaan).';
  else if (m.startsWith('must be netral')) text = 'Tolak berarti unggahan tidak partisan: pilih netral atau biarkan (bawaan).';
  else if (m.startsWith('must be left out when the outcome is reopened')) text = 'Buka kembali tidak mencatat label (item kembali ke antrean tanpa keputusan): biarkan (bawaan).';
  else if (m.startsWith('must be confirmed, dismissed or escalated; reopened only')) text = 'Buka kembali hanya untuk koreksi keputusan akhir.';
  else if (m === 'a note needs text or suggestedLabel') text = 'isi teks catatan atau pilih usulan label.';
  else if (m.startsWith('must be one of')) text = 'pilihan tidak dikenal.';
  else if (m.startsWith('is required')) text = 'wajib diisi.';
  else if (m === 'must be given once') text = 'hanya boleh diberikan sekali.';
  else if (chars) text = `paling banyak ${n(chars[1])} karakter.`;
  else if (bound) text = `paling ${bound[1] === 'least' ? 'sedikit' : 'banyak'} ${n(bound[2])}.`;
  else if (m === 'must be a whole number') text = 'harus bilangan bulat.';
  else if (m.startsWith('must be an ISO 8601 date-time')) text = 'harus tanggal dan jam, mis. 2024-01-10T09:30 (tanpa zona dibaca sebagai WIB) atau ISO 8601 dengan zona, mis. 2024-01-10T02:30:00Z.';
  else if (m.startsWith('must be an item id')) text = 'harus id item, seperti pada alamat halaman item (mis. 3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b).';
  else if (m === 'must be later than since') text = 'harus lebih lambat dari Sejak.';
  else text = 'tidak valid.';
  return `${field}: ${text}`;
}

/** The box above a refused form: what happened, then each message. Focus goes to it on load (review.js). */
export function errorBox(heading: string, messages: string[]): Html {
  return html`<div class="error form-error" role="alert" id="form-error" tabindex="-1"><p>${heading}</p><ul>${messages.map((e) => html`<li>${e}</li>`)}</ul></div>`;
}
