// Text stage: normalize → tokens, plus the word-level helpers features use.
export { normalize, type NormalizedPost, MAX_INPUT_CHARS, MAX_TOKENS } from './normalize.js';
export { stem } from './stem.js';
export { isStopword } from './stopwords.js';
export { repairMojibake } from './mojibake.js';
export { segmentHashtag } from './hashtag.js';
