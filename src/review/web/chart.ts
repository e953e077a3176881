// A small inline SVG bar chart of the queue: one stacked bar per level, segments by status.
import { LEVELS } from '../../decision/level.js';
import { STATUSES } from '../db/schema.js';
import { esc } from './html.js';
import { statusText } from './words.js';

const STATUS_CLASS: Record<string, string> = { new: 's-new', in_review: 's-review', confirmed: 's-confirmed', dismissed: 's-dismissed', escalated: 's-escalated' };

export function queueChart(byLevelStatus: Record<string, Record<string, number>>): string {
  const width = 360;
  const barH = 18;
  const gap = 8;
  const labelW = 60;
  const totals = LEVELS.map((l) => STATUSES.reduce((s, st) => s + (byLevelStatus[l]?.[st] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const rows = LEVELS.map((level, i) => {
    const y = i * (barH + gap);
    let x = labelW;
    const segs = STATUSES.map((st) => {
      const n = byLevelStatus[level]?.[st] ?? 0;
      if (n === 0) return '';
      const w = ((width - labelW - 40) * n) / max;
      const rect = `<rect class="${STATUS_CLASS[st]}" x="${x.toFixed(1)}" y="${y}" width="${Math.max(1, w).toFixed(1)}" height="${barH}"><title>${esc(level)} · ${esc(statusText(st))}: ${n}</title></rect>`;
      x += w;
      return rect;
    }).join('');
    return `<text x="0" y="${y + 13}" class="axis">${esc(level)}</text>${segs}<text x="${(x + 4).toFixed(1)}" y="${y + 13}" class="axis">${totals[i]}</text>`;
  }).join('');
  // The legend in the page's words ("dikonfirmasi" is longer than "confirmed"): entries as wide as
  // their text (about 6.5 px a character at 11 px), wrapping to a new line rather than off the chart.
  const legendTop = LEVELS.length * (barH + gap) + 4;
  let lx = 0;
  let line = 0;
  const legend = STATUSES.map((st) => {
    const word = statusText(st);
    const w = 14 + Math.ceil(word.length * 6.5) + 10;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      line++;
    }
    const y = legendTop + line * 16;
    const out = `<rect class="${STATUS_CLASS[st]}" x="${lx}" y="${y}" width="10" height="10"></rect><text x="${lx + 14}" y="${y + 9}" class="legend">${esc(word)}</text>`;
    lx += w;
    return out;
  }).join('');
  const height = legendTop + (line + 1) * 16;
  // role="img" hides the bars' titles from screen readers: its name carries the same numbers.
  const spoken = LEVELS.map((level, i) => {
    const parts = STATUSES.filter((st) => (byLevelStatus[level]?.[st] ?? 0) > 0).map((st) => `${statusText(st)} ${byLevelStatus[level][st]}`);
    return `${level} ${totals[i]}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  }).join('; ');
  return `<svg class="chart" role="img" aria-label="${esc(`Antrean menurut level dan status: ${spoken}`)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows}${legend}</svg>`;
}
