// The character codes of JSON's structure, for the scanners that walk a body without parsing it
// (the service's batch-scan.ts over bytes, json-duplicate-keys.ts over text: the same codes, all ASCII).
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
