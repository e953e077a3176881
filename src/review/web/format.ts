// Numbers on the page. Probabilities are cut, not rounded, to the digits shown: 0.999911 rounded is
// "1.000", which reads as certainty the model never has; cut it is "0.999".
export function probability(p: number, digits = 3): string {
  const scale = 10 ** digits;
  // The tiny nudge keeps values such as 0.287 (286.99999… after scaling) from dropping a digit.
  return (Math.floor(p * scale + 1e-9) / scale).toFixed(digits);
}
