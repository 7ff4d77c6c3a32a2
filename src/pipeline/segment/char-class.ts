/** Character classes of NORMALISED text (after folding), as one lookup table. */
export const C_SPACE = 1;
export const C_NEWLINE = 2;
export const C_ARABIC = 3;
export const C_LATIN = 4;
export const C_DIGIT = 5;
export const C_PUNCT = 6;
export const C_SYMBOL = 7;
export const C_SURROGATE = 8;

/** Class of every normalised UTF-16 unit (index by char code). */
export const CHAR_CLASS = new Uint8Array(0x10000);
const TABLE = CHAR_CLASS;
TABLE.fill(C_SYMBOL);
TABLE[0x20] = C_SPACE;
TABLE[0x09] = C_SPACE;
TABLE[0x0a] = C_NEWLINE;
for (let c = 0x30; c <= 0x39; c++) TABLE[c] = C_DIGIT;
for (let c = 0x61; c <= 0x7a; c++) TABLE[c] = C_LATIN;
for (let c = 0x41; c <= 0x5a; c++) TABLE[c] = C_LATIN;
for (let c = 0xc0; c < 0x250; c++) if (c !== 0xd7 && c !== 0xf7) TABLE[c] = C_LATIN;
for (let c = 0x370; c < 0x530; c++) TABLE[c] = C_LATIN; // Greek, Cyrillic: non-Arabic alphabetic words
for (let c = 0x0621; c <= 0x064a; c++) TABLE[c] = C_ARABIC;
for (let c = 0x066e; c <= 0x06d3; c++) TABLE[c] = C_ARABIC;
for (let c = 0x06fa; c <= 0x06ff; c++) TABLE[c] = C_ARABIC;
for (let c = 0xd800; c <= 0xdfff; c++) TABLE[c] = C_SURROGATE;
for (const ch of '.,;:!?"\'()[]{}-/\\…*') TABLE[ch.charCodeAt(0)] = C_PUNCT;
for (const c of [0x060c, 0x061b, 0x061f, 0x06d4]) TABLE[c] = C_PUNCT;
