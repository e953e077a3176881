// Evaluation reports: Markdown for people, JSON for machines, and an SVG precision-recall chart.
import type { ScenarioReport } from './run.js';
import type { EvalResult } from './evaluate.js';
import type { PrPoint } from './metrics.js';
import type { LevelRow } from './levels.js';
import { LABELS } from '../data/labels.js';

const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

function row(name: string, r: EvalResult): string {
  return `| ${name} | ${f3(r.partisan.precision)} | ${f3(r.partisan.recall)} | ${f3(r.partisan.f1)} | ${f3(r.partisan.prAuc)} | ${f3(r.macroF1)} | ${f3(r.calibrationError)} |`;
}

function confusion(r: EvalResult): string {
  return [
    `| actual \\ predicted | ${LABELS.join(' | ')} |`,
    `|---|${LABELS.map(() => '---:').join('|')}|`,
    ...r.confusion.map((cells, i) => `| ${LABELS[i]} | ${cells.join(' | ')} |`),
  ].join('\n');
}

const STAGE_TEXT: Record<LevelRow['stage'], string> = {
  none: 'no raising stage (before, voting day, after, or no stage)',
  campaign: 'candidate determination to the quiet period (as if all were posted then)',
};

/** Review levels of the test posts with and without the stage raise (levels.ts). */
function levelTable(rows: readonly LevelRow[]): string[] {
  if (!rows.length) return [];
  return [
    'netra review levels of the test posts: a partisan post that mentions its election is raised one level from candidate determination through the quiet period.',
    '',
    '| stage | tinggi | partisan at tinggi | partisan posts at tinggi | queued (≥ sedang) | partisan queued | partisan posts queued |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${STAGE_TEXT[r.stage]} | ${r.tinggi.posts} | ${pct(r.tinggi.precision)} | ${pct(r.tinggi.recall)} | ${r.queued.posts} | ${pct(r.queued.precision)} | ${pct(r.queued.recall)} |`),
    '',
  ];
}

export function scenarioMarkdown(s: ScenarioReport): string {
  const ft = 'unavailable' in s.fasttext ? undefined : s.fasttext;
  return [
    `### ${s.name}`,
    '',
    `${s.description}. Train ${s.sizes.train}, validation ${s.sizes.validation}, test ${s.sizes.test}.`,
    '',
    '| system | precision | recall | F1 | PR-AUC | macro-F1 (4 labels) | calibration error (ECE) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('netra (tfjs linear, sparse inference)', s.model),
    row('keyword/rule baseline', s.rules),
    ft ? row('fastText (same training split)', ft) : `| fastText | ${'unavailable' in s.fasttext ? s.fasttext.unavailable : ''} ||||||`,
    '',
    'Precision/recall/F1 are for partisan (any label but netral) vs netral.',
    '',
    'netra confusion matrix:',
    '',
    confusion(s.model),
    '',
    `Per-label F1: ${LABELS.map((l) => `${l} ${f3(s.model.perClass[l].f1)}`).join(', ')}. Temperature ${s.model.temperature.toFixed(3)}; review thresholds sedang ≥ ${s.model.thresholds.sedang.toFixed(3)}, tinggi ≥ ${s.model.thresholds.tinggi.toFixed(3)}. Training took ${s.model.trainSeconds.toFixed(1)} s.`,
    '',
    'Reliability of netra\'s risk (1 − P(netral)) on the test posts: in each bin, the share that is partisan should be close to the mean risk.',
    '',
    '| risk | posts | mean risk | partisan |',
    '|---|---:|---:|---:|',
    ...s.model.reliability.filter((b) => b.count > 0).map((b) => `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.count} | ${f3(b.meanPredicted)} | ${f3(b.observed)} |`),
    '',
    'netra by source of the test posts:',
    '',
    '| source | posts | partisan (gold) | labeled partisan | label correct | queued (≥ sedang) |',
    '|---|---:|---:|---:|---:|---:|',
    ...s.model.bySource.map((r) => `| ${r.source} | ${r.n} | ${pct(r.actualPartisan)} | ${pct(r.predictedPartisan)} | ${pct(r.accuracy)} | ${pct(r.queued)} |`),
    '',
    ...levelTable(s.model.levels),
  ].join('\n');
}

export function evaluationMarkdown(reports: ScenarioReport[], header: string): string {
  return [`# Evaluation`, '', header, '', ...reports.map(scenarioMarkdown)].join('\n');
}

/** A small self-contained SVG of precision-recall curves. */
export function prCurveSvg(curves: { name: string; color: string; points: PrPoint[] }[], title: string): string {
  const W = 480, H = 360, M = 48;
  const x = (r: number): number => M + r * (W - 2 * M);
  const y = (p: number): number => H - M - p * (H - 2 * M);
  const lines = curves.map((c) => {
    const d = c.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.recall).toFixed(1)},${y(p.precision).toFixed(1)}`).join(' ');
    return `<path d="${d}" fill="none" stroke="${c.color}" stroke-width="2"/>`;
  });
  // Bottom left, on white: PR curves of useful models run along the top and down the right edge.
  const legendTop = H - M - 10 - 16 * curves.length;
  const legend = [
    `<rect x="${M + 8}" y="${legendTop}" width="110" height="${16 * curves.length + 4}" fill="white" stroke="#ccc"/>`,
    ...curves.map((c, i) => {
      const ly = legendTop + 14 + 16 * i;
      return `<line x1="${M + 14}" y1="${ly - 4}" x2="${M + 34}" y2="${ly - 4}" stroke="${c.color}" stroke-width="2"/><text x="${M + 40}" y="${ly}" fill="${c.color}" font-size="12">${c.name}</text>`;
    }),
  ];
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (t) =>
      `<text x="${x(t)}" y="${H - M + 16}" font-size="10" text-anchor="middle">${t}</text><text x="${M - 6}" y="${y(t) + 3}" font-size="10" text-anchor="end">${t}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${title}</text>
<rect x="${M}" y="${M}" width="${W - 2 * M}" height="${H - 2 * M}" fill="none" stroke="#999"/>
${ticks.join('\n')}
<text x="${W / 2}" y="${H - 8}" text-anchor="middle" font-size="12">recall (partisan)</text>
<text x="14" y="${H / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 14 ${H / 2})">precision</text>
${lines.join('\n')}
${legend.join('\n')}
</svg>
`;
}
