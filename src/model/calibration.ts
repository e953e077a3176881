// Probability calibration by temperature scaling, fitted on a validation split: one scalar T that
// minimizes the negative log-likelihood of softmax(logits / T). It keeps the ranking (and so every
// precision/recall figure) unchanged while making `risk` mean what it says; only a long post scored in
// parts can move, when another part is the riskiest at another T.
import { softmax } from './sparse-linear.js';

export interface Calibration {
  method: 'temperature';
  temperature: number;
}

/** A post's calibrated probabilities at temperature `t`, from what it was scored from. */
export type ProbsAt<S> = (scored: S, t: number) => ArrayLike<number>;

function nll<S>(scored: readonly S[], labels: readonly number[], t: number, probsAt: ProbsAt<S>): number {
  let total = 0;
  scored.forEach((s, i) => {
    total -= Math.log(Math.max(probsAt(s, t)[labels[i]], 1e-12));
  });
  return total / scored.length;
}

/**
 * Golden-section search for T in [0.05, 20] on a log scale. Each post is its logits (softmax at T), or
 * anything `probsAt` makes probabilities of at T: a long post's parts, of which the riskiest at T is
 * taken (eval/predict.ts), so T is fitted on the probabilities the scorer gives.
 */
export function fitTemperature(logits: readonly number[][], labels: readonly number[]): Calibration;
export function fitTemperature<S>(scored: readonly S[], labels: readonly number[], probsAt: ProbsAt<S>): Calibration;
export function fitTemperature<S>(scored: readonly S[], labels: readonly number[], probsAt: ProbsAt<S> = softmax as unknown as ProbsAt<S>): Calibration {
  if (scored.length === 0) return { method: 'temperature', temperature: 1 };
  const f = (logT: number) => nll(scored, labels, Math.exp(logT), probsAt);
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; i < 60; i++) {
    if (fa < fb) {
      hi = b; b = a; fb = fa; a = hi - phi * (hi - lo); fa = f(a);
    } else {
      lo = a; a = b; fa = fb; b = lo + phi * (hi - lo); fb = f(b);
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
