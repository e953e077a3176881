// Scores and risks are written to 6 decimal places wherever netra hands them out (the scorer's results,
// hence the service, the batch CLI's JSONL and CSV, and the decisions export; the model's review thresholds): more digits are noise
// for a calibrated probability, and a value rounded so is never printed in exponent notation by
// JavaScript (the smallest one above 0 is 0.000001, where String switches to "1e-7" below it).
export const roundScore = (x: number): number => Math.round(x * 1e6) / 1e6;
