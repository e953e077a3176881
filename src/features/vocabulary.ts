// The feature vocabulary chosen at training time: feature string → column, with IDF weights.
// Selection keeps features seen in at least `minDf` training posts, the most frequent first, up to `maxFeatures`.
export interface VocabularyJSON {
  features: string[];
  idf: number[];
}

export class Vocabulary {
  readonly index: Map<string, number>;
  readonly idf: Float32Array;

  constructor(readonly features: readonly string[], idf: ArrayLike<number>) {
    if (features.length !== idf.length) throw new Error('vocabulary: features and idf differ in length');
    this.index = new Map(features.map((f, i) => [f, i]));
    this.idf = Float32Array.from(idf);
  }

  get size(): number {
    return this.features.length;
  }

  static build(docs: Iterable<Set<string>>, opts: { minDf: number; maxFeatures: number }): Vocabulary {
    const df = new Map<string, number>();
    let n = 0;
    for (const doc of docs) {
      n++;
      for (const f of doc) df.set(f, (df.get(f) ?? 0) + 1);
    }
    const kept = [...df.entries()]
      .filter(([, c]) => c >= opts.minDf)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) // deterministic order
      .slice(0, opts.maxFeatures);
    const features = kept.map(([f]) => f);
    const idf = kept.map(([, c]) => Math.log((1 + n) / (1 + c)) + 1);
    return new Vocabulary(features, idf);
  }

  /**
   * The same vocabulary with the IDF of a group's features (those starting with a prefix, or those a
   * test picks) times `factor`. Scaling a
   * group's values down makes the model pay more L2 for weight on it, so it leans on the other
   * features where both say the same; scoring reads the scaled IDF and needs nothing else.
   */
  scaled(group: string | ((feature: string) => boolean), factor: number): Vocabulary {
    if (factor === 1) return this;
    const inGroup = typeof group === 'string' ? (f: string) => f.startsWith(group) : group;
    return new Vocabulary(this.features, this.features.map((f, i) => (inGroup(f) ? this.idf[i] * factor : this.idf[i])));
  }

  toJSON(): VocabularyJSON {
    return { features: [...this.features], idf: Array.from(this.idf, (x) => Math.round(x * 1e6) / 1e6) };
  }

  static fromJSON(json: VocabularyJSON): Vocabulary {
    return new Vocabulary(json.features, json.idf);
  }
}
