// The one scoring core: text → normalize → features (with election mentions) → model → explain →
// decision. The service, the batch CLI and evaluation all call Scorer.score, so nothing is scored
// differently over HTTP.
import { preparePost, postVector, type PreparedPost } from '../features/featurizer.js';
import type { VectorizedPost } from '../features/vectorize.js';
import { electionNamesOf, type ElectionNames } from '../text/election-names.js';
import { MentionIndex, type Mention } from '../elections/mentions.js';
import { electionStage, type Stage } from '../elections/stage.js';
import type { ElectionConfig } from '../elections/schema.js';
import { softmax } from '../model/sparse-linear.js';
import type { LoadedModel } from '../model/artifact.js';
import { explain, candidateLabel, type Evidence } from '../explain/evidence.js';
import { withWritten } from '../explain/written-evidence.js';
import { decideLevel, type Level } from '../decision/level.js';
import { decideLabelIndex, strongestPartisan } from '../decision/label.js';
import { LABELS, NETRAL_INDEX, type Label } from '../data/labels.js';
import type { TextRange } from '../explain/text-range.js';
import { strongestPart } from './strongest-part.js';
import { SEGMENT_SCORING, partsToScore } from './segments.js';
import { roundScore } from '../util/score-places.js';

export interface ScoreInput {
  text: string;
  id?: string;
  election?: string;
  postedAt?: string | Date;
}

export interface ScoreOptions {
  /** Give each evidence phrase the words as the post writes them (`written`); off by default, it costs time. */
  written?: boolean;
  /**
   * Also score each paragraph (or sentence window) of a long post and take the riskiest part's result
   * when it is riskier than the whole post's (strongest-part.ts); default SEGMENT_SCORING.
   */
  segments?: boolean;
}

export interface ScoreResult {
  id: string | undefined;
  label: Label;
  risk: number;
  level: Level;
  scores: Record<Label, number>;
  evidence: Evidence[];
  mentions: { kind: Mention['kind']; text: string; candidate?: string }[];
  /** The paragraph or sentences of a long post the label, scores and evidence come from; absent for the whole post. */
  part?: TextRange;
  stage?: Stage;
  election?: string;
  model: { version: string; backend: string };
}

export class UnknownElectionError extends Error {
  constructor(readonly election: string) {
    super(`unknown election: ${election}`);
    this.name = 'UnknownElectionError';
  }
}

function publicMention(m: Mention): ScoreResult['mentions'][number] {
  return m.candidate ? { kind: m.kind, text: m.text, candidate: candidateLabel(m.candidate) } : { kind: m.kind, text: m.text };
}

/**
 * The words normalization puts right after a hashtag ("#khofifahemil khofifah emil"): the model reads
 * both, but for a reader they are the tag again, not a second mention of the pair.
 */
function spellsTag(m: Mention, before: Mention | undefined): boolean {
  return before?.kind === 'hashtag' && before.end === m.start && before.candidate === m.candidate && before.text.slice(1) === m.text.replace(/ /g, '');
}

/** Each mention once, in order of first appearance: "Salam tiga jari 🤟" is one gesture for a reader. */
function publicMentions(mentions: readonly Mention[]): ScoreResult['mentions'] {
  const out: ScoreResult['mentions'] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (spellsTag(m, mentions[i - 1])) continue;
    const p = publicMention(m);
    if (!out.some((o) => o.kind === p.kind && o.text === p.text && o.candidate === p.candidate)) out.push(p);
  }
  return out;
}

export class Scorer {
  private readonly all: MentionIndex;
  private readonly byElection = new Map<string, { config: ElectionConfig; index: MentionIndex }>();
  /** Reused for every post (scoring is synchronous): one typed-array allocation less per post. */
  private readonly logits: Float64Array;
  /** The same object in every result (JSON output is unchanged; one allocation less per post). */
  private readonly modelInfo: ScoreResult['model'];
  /** The words of its configs' names posts are read with: this scorer's alone, not the process's. */
  readonly names: ElectionNames;

  constructor(
    readonly model: LoadedModel,
    readonly elections: readonly ElectionConfig[],
    readonly backend: string = 'sparse',
  ) {
    this.names = electionNamesOf(elections); // a config from a file brings name words ELECTIONS_DIR lacks
    this.all = new MentionIndex(elections, this.names);
    this.logits = new Float64Array(model.sparse.numClasses);
    this.modelInfo = Object.freeze({ version: model.spec.version, backend });
    for (const cfg of elections) this.byElection.set(cfg.id, { config: cfg, index: new MentionIndex([cfg], this.names) });
  }

  /** A scorer that also knows `config` (replacing a config with the same id), e.g. from `--election FILE`. */
  withElection(config: ElectionConfig): Scorer {
    return new Scorer(this.model, [...this.elections.filter((e) => e.id !== config.id), config], this.backend);
  }

  hasElection(id: string): boolean {
    return this.byElection.has(id);
  }

  /** One text's features and calibrated probabilities. */
  private assess(text: string, index: MentionIndex, postedAt: Date | undefined): { prepared: PreparedPost; vec: VectorizedPost; probs: number[] } {
    const prepared = preparePost(text, index, postedAt);
    const vec = postVector(prepared, this.model.spec.features, this.model.vocabulary, true);
    const probs = softmax(this.model.sparse.logits(vec.vector, this.logits), this.model.spec.calibration.temperature);
    return { prepared, vec, probs };
  }

  score(input: ScoreInput, options?: ScoreOptions): ScoreResult {
    const chosen = input.election ? this.byElection.get(input.election) : undefined;
    if (input.election && !chosen) throw new UnknownElectionError(input.election);
    const postedAt = input.postedAt === undefined ? undefined : new Date(input.postedAt);
    const whole = this.assess(input.text, chosen?.index ?? this.all, postedAt);
    const prepared = whole.prepared;
    const electionId = chosen?.config.id ?? prepared.mentions.election;
    const config = electionId ? this.byElection.get(electionId)?.config : undefined;
    let scored = whole;
    let part: TextRange | undefined;
    // Most posts have no parts: they take none of this (no closure, no result object).
    const parts = (options?.segments ?? SEGMENT_SCORING) ? partsToScore(input.text, whole.prepared.normalized.tokens) : undefined;
    if (parts && parts.length > 0) {
      // A part is read as part of the post: with the election the whole post is about, if any.
      const partIndex = chosen?.index ?? (electionId ? this.byElection.get(electionId)?.index : undefined) ?? this.all;
      ({ scored, part } = strongestPart(input.text, whole, (text) => this.assess(text, partIndex, postedAt), parts));
    }
    const { probs, vec } = scored;
    const best = decideLabelIndex(probs);
    const label = LABELS[best];
    const risk = 1 - probs[NETRAL_INDEX];
    const stage = config && postedAt && input.election ? electionStage(config, postedAt) : undefined;
    const evidence = explain(vec, scored.prepared.mentions, this.model.sparse, best === NETRAL_INDEX ? strongestPartisan(probs) : best, NETRAL_INDEX);
    if (options?.written) withWritten(input.text, evidence, this.names, part, () => ({ post: prepared.normalized, mentions: prepared.mentions.mentions }));
    const scores: Record<Label, number> = { ajakan: roundScore(probs[0]), dukungan: roundScore(probs[1]), serangan: roundScore(probs[2]), netral: roundScore(probs[3]) };
    // The whole post's mentions, also for a long post scored by a part: the post talks about the
    // contestants wherever it names them, and these are the mentions the result shows.
    const mentions = publicMentions(prepared.mentions.mentions);
    // One object shape for every result: absent stage/election are undefined, which JSON leaves out
    // exactly as it leaves out a missing key (object spreads here made each result a new shape).
    // `part` is added only to a long post's result: as an undefined key on every result it cost short
    // posts 1 % of score + JSON.
    const result: ScoreResult = {
      id: input.id,
      label,
      risk: roundScore(risk),
      level: decideLevel(risk, { partisan: label !== 'netral', mentions: mentions.length, stage }, this.model.spec.thresholds),
      scores,
      evidence,
      mentions,
      stage,
      election: electionId,
      model: this.modelInfo,
    };
    if (part) result.part = part;
    return result;
  }
}
