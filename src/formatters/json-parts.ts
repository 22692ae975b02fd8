import { getAtPath } from '../core/path';
import type { Path } from '../core/types';

/** Items of the large array per part of stringifyInParts: ~70 KB of findings. */
const PART_ITEMS = 100;

/**
 * Stands for the large array while the rest of the value is stringified. JSON writes its NUL
 * characters escaped, so the outline holds this text only where the array was (checked).
 */
const MARKER = '\u0000kubeplan-parts\u0000';

/**
 * `JSON.stringify(value, null, 2)` and a newline, in consecutive parts made one at a time: the
 * array at `path` (a report's findings) is stringified PART_ITEMS items at a time. Written one
 * after another, the parts print the same bytes as the single string.
 *
 * A report of 55,000 findings is 40 MB of JSON. As one string, V8 builds it as a tree of pieces
 * that stay alive (and are copied by the garbage collector) until the end, then copies it whole
 * into fresh memory to print it. Parts of ~70 KB are printed and dropped as they come.
 *
 * With `print`, what is printed for each item of the array is `print(item)`, made as its part is
 * (once per item, in order): a format that prints objects of its own for the findings (SARIF's
 * results) makes each only to print it, rather than all of them first, kept until the end.
 */
export function* stringifyInParts(value: object, path: Path, print?: (item: unknown) => unknown): Generator<string> {
  const items = getAtPath(value, path);
  const whole = () => `${JSON.stringify(print && Array.isArray(items) ? replaceAt(value, path, items.map(print)) : value, null, 2)}\n`;
  if (!Array.isArray(items) || items.length <= PART_ITEMS) {
    yield whole();
    return;
  }
  const outline = JSON.stringify(replaceAt(value, path, MARKER), null, 2);
  const marker = JSON.stringify(MARKER);
  const at = outline.indexOf(marker);
  if (at < 0 || outline.includes(marker, at + 1)) {
    yield whole();
    return;
  }
  // the array's items are indented one level (two spaces) more than the line that holds it
  const lineStart = outline.lastIndexOf('\n', at) + 1;
  const indent = outline.slice(lineStart).search(/[^ ]/) + 2;
  // items stringified inside (indent / 2 - 1) arrays get that indentation; the enclosing lines are cut
  const depth = indent / 2 - 1;
  const cut = (depth + 1) * (depth + 2);
  yield `${outline.slice(0, at)}[\n`;
  for (let i = 0; i < items.length; i += PART_ITEMS) {
    // after the first part, a 0 stands before the items: its line ends with the comma and newline
    // that separate this part from the one before, so that a part is one slice of the text
    // stringified, not a slice joined to a separator: the text written as it is, without a copy
    const part = i === 0 ? items.slice(0, PART_ITEMS) : [0, ...items.slice(i, i + PART_ITEMS)];
    if (print) for (let k = i === 0 ? 0 : 1; k < part.length; k++) part[k] = print(part[k]);
    let wrapped: unknown = part;
    for (let d = 0; d < depth; d++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    const start = i === 0 ? cut : cut + indent + 1;
    const last = i + PART_ITEMS >= items.length;
    // the last part keeps the newline after its last item
    yield text.slice(start, text.length - cut + (last ? 1 : 0));
  }
  yield `${' '.repeat(indent - 2)}]${outline.slice(at + marker.length)}\n`;
}

/** The value with the one at `path` replaced: copies of the objects and arrays on the way, nothing else. */
function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[key!] = replaceAt(copy[key!], rest, replacement);
  return copy;
}
