// Probability calibration by temperature scaling, fitted on a validation split: one scalar T that
// minimizes the negative log-likelihood of softmax(logits / T). It keeps the ranking (and so every
// precision/recall figure) unchanged while making `risk` mean what it says.
import { softmax } from './sparse-linear.js';

export interface Calibration {
  method: 'temperature';
  temperature: number;
}

function nll(logits: number[][], labels: number[], t: number): number {
  let total = 0;
  logits.forEach((z, i) => {
    total -= Math.log(Math.max(softmax(z, t)[labels[i]], 1e-12));
  });
  return total / logits.length;
}

/** Golden-section search for T in [0.05, 20] on a log scale. */
export function fitTemperature(logits: number[][], labels: number[]): Calibration {
  if (logits.length === 0) return { method: 'temperature', temperature: 1 };
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = nll(logits, labels, Math.exp(a));
  let fb = nll(logits, labels, Math.exp(b));
  for (let i = 0; i < 60; i++) {
    if (fa < fb) {
      hi = b; b = a; fb = fa; a = hi - phi * (hi - lo); fa = nll(logits, labels, Math.exp(a));
    } else {
      lo = a; a = b; fa = fb; b = lo + phi * (hi - lo); fb = nll(logits, labels, Math.exp(b));
    }
  }
  return { method: 'temperature', temperature: Math.exp((lo + hi) / 2) };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** Reliability of a binary probability (e.g. risk vs "is partisan") in equal-width bins, with ECE. */
export function reliability(probs: number[], outcomes: boolean[], bins = 10): { bins: ReliabilityBin[]; ece: number } {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, count: 0, meanPredicted: 0, observed: 0 }));
  probs.forEach((p, i) => {
    const b = out[Math.max(0, Math.min(bins - 1, Math.floor(p * bins)))];
    b.count++;
    b.meanPredicted += p;
    b.observed += outcomes[i] ? 1 : 0;
  });
  let ece = 0;
  for (const b of out) {
    if (b.count === 0) continue;
    b.meanPredicted /= b.count;
    b.observed /= b.count;
    ece += (b.count / probs.length) * Math.abs(b.meanPredicted - b.observed);
  }
  return { bins: out, ece };
}
