// Tokenizer for normalized, lowercased text. natural's Indonesian aggressive tokenizer is not used: it
// drops the first letter of capitalized words ("Jokowi" → "okowi") and splits emoji and placeholders.
// One regex pass yields placeholders, hashtags, words (with inner hyphens/apostrophes), emoji and ! or ?.
const TOKEN =
  /<(?:url|user|email|num|date|time|no:\d{1,2}|gesture:\d)>|#[\p{L}\p{N}_]+|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\p{Regional_Indicator}{2}|\p{Extended_Pictographic}|[!?]+/gu;

export function rawTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
