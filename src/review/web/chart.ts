// A small inline SVG bar chart of the queue: one stacked bar per level, segments by status.
import { LEVELS } from '../../decision/level.js';
import { STATUSES } from '../db/schema.js';
import { esc } from './html.js';

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
      const rect = `<rect class="${STATUS_CLASS[st]}" x="${x.toFixed(1)}" y="${y}" width="${Math.max(1, w).toFixed(1)}" height="${barH}"><title>${esc(level)} · ${esc(st)}: ${n}</title></rect>`;
      x += w;
      return rect;
    }).join('');
    return `<text x="0" y="${y + 13}" class="axis">${esc(level)}</text>${segs}<text x="${(x + 4).toFixed(1)}" y="${y + 13}" class="axis">${totals[i]}</text>`;
  }).join('');
  const legendY = LEVELS.length * (barH + gap) + 4;
  const legend = STATUSES.map((st, i) => `<rect class="${STATUS_CLASS[st]}" x="${i * 72}" y="${legendY}" width="10" height="10"></rect><text x="${i * 72 + 14}" y="${legendY + 9}" class="legend">${esc(st)}</text>`).join('');
  const height = legendY + 16;
  return `<svg class="chart" role="img" aria-label="Antrean menurut level dan status" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows}${legend}</svg>`;
}
