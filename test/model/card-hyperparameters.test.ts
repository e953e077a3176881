// The model card records every factor the fit put on a feature group's IDF: a card that left out
// symbolWeight and postFeatureWeight could not say how a model's emoji or post-length features were
// weighed. Cards written before keep what they hold: nothing reads these fields back.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cardHyperparameters } from '../../src/model/card-hyperparameters.js';
import { DEFAULT_FIT_CONFIG, type FitConfig } from '../../src/model/train.js';
import { PROJECT_ROOT } from '../../src/text/resources.js';

/** The optional numbers of FitConfig (weights, averaged seeds), as train.ts declares them. */
const optionalNumbers = (): string[] =>
  [...readFileSync(path.join(PROJECT_ROOT, 'src/model/train.ts'), 'utf8').matchAll(/^ {2}(\w+)\?: number;/gm)].map((m) => m[1]);

describe('model card hyperparameters', () => {
  it('record every optional number of the fit as set', () => {
    const names = optionalNumbers();
    expect(names).toEqual(expect.arrayContaining(['charNgramWeight', 'evaluativeWeight', 'symbolWeight', 'postFeatureWeight']));
    const config = { ...DEFAULT_FIT_CONFIG } as FitConfig & Record<string, unknown>;
    names.forEach((name, i) => (config[name] = 2 + i));
    const card = cardHyperparameters(config);
    names.forEach((name, i) => expect(card[name], name).toBe(2 + i));
  });

  it('and 1, the factor the fit uses, where the config leaves one out', () => {
    const card = cardHyperparameters(DEFAULT_FIT_CONFIG);
    expect(card.symbolWeight).toBe(1);
    expect(card.postFeatureWeight).toBe(1);
    expect(card.charNgramWeight).toBe(0.3);
    expect(card.seed).toBe(DEFAULT_FIT_CONFIG.train.seed);
  });
});
