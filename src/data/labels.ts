// The four labels of the labeling guide, in model output order.
export const LABELS = ['ajakan', 'dukungan', 'serangan', 'netral'] as const;
export type Label = (typeof LABELS)[number];
export const NETRAL_INDEX = 3;

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}
