/** Characters per part of joinInParts (pieces are never cut). */
const PART_LENGTH = 1 << 16;

/**
 * The pieces, each followed by `separator`, in consecutive parts of about 64K characters (cut
 * between pieces), made one at a time as they are written: a large report's pieces die young
 * rather than being kept and joined into one string. A part is stored one byte per character
 * unless it holds a character beyond Latin-1 ("…" of a cut line, a source comment's "é"); one
 * string of a large report would hold them all in two bytes, and take twice the time to join and
 * to encode for output.
 */
export function* joinInParts(pieces: Iterable<string>, separator = ''): Generator<string> {
  let part: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    part.push(piece);
    length += piece.length;
    if (length >= PART_LENGTH) {
      yield `${part.join(separator)}${separator}`;
      part = [];
      length = 0;
    }
  }
  if (part.length > 0) yield `${part.join(separator)}${separator}`;
}
