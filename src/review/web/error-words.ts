// What an error page says, by HTTP status: its heading (h1) and, for the pages' fallback, its text.
// A 409 is headed as the other refused pages' 409s are ("Tidak diubah · Item"): nothing was changed.

/** An error page's heading (its h1): what happened, by status. */
const ERROR_HEADING: Record<number, string> = {
  400: 'Permintaan tidak valid',
  403: 'Tidak diizinkan', // not "Ditolak": that is the dismissed status's word (words.ts)
  404: 'Tidak ditemukan',
  405: 'Metode tidak diterima',
  409: 'Tidak diubah', // a conflict: what the item page's 409s start with; it was the generic heading below
  413: 'Formulir terlalu besar',
  415: 'Jenis formulir tidak didukung',
  500: 'Kesalahan server',
};
export const headingOf = (status: number): string => ERROR_HEADING[status] ?? 'Permintaan tidak dapat diproses';

const ERROR_TEXT: Record<number, string> = {
  400: 'Alamat atau formulir tidak valid.',
  409: 'Tidak ada yang diubah: keadaannya sudah berubah sejak halaman itu dibuka. Buka lagi halamannya, lalu coba lagi.',
  413: 'Formulir terlalu besar.',
  405: 'Halaman ini tidak menerima permintaan dengan metode itu.',
  415: 'Jenis formulir tidak didukung.',
  500: 'Terjadi kesalahan di server; coba lagi.',
};
export const errorTextOf = (status: number): string => ERROR_TEXT[status] ?? 'Permintaan tidak dapat diproses.';
