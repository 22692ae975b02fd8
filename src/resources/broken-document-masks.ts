import type { Location } from '../core/types';
import type { LineIndex } from '../source/line-index';
import { documentAround, secretDocumentMasks } from '../source/secret-document-masks';
import { credentialIn, isSecretArgument, looksLikeSecretName } from './secret-values';

/** `key: value` or `- key: value` (the key quoted or not): the part before the key, the key, and the value. */
const KEY_VALUE = /^([ \t]*(?:-[ \t]+)?)(["']?)([^\s#:"'][^:#"']*)\2:[ \t]+(\S.*)$/;
/** An env entry written on one line, `{name: DB_PASSWORD, value: x}` (or JSON): its name, and its value up to `,` or `}`. */
const FLOW_ENV = /(["']?)name\1[ \t]*:[ \t]*(["']?)([^,"'{}\s]+)\2[ \t]*,[ \t]*(["']?)value\4[ \t]*:[ \t]*([^,}]*[^,}\s])/g;
/** `- item` that is no `- key: value`: the dash and the item. */
const LIST_ITEM = /^([ \t]*-[ \t]+)(\S.*?)[ \t]*$/;
const unquote = (text: string) => text.replace(/[ \t]+#.*$/, '').replace(/^(["'])(.*)\1$/, '$2');
const BLOCK_SCALAR = /^[|>][-+0-9]*[ \t]*(#.*)?$/;
const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY/;

/**
 * Ranges to mask around a YAML error, where no object was read for sensitive-values.ts to judge:
 * a Secret document's values (secretDocumentMasks), and in any other document what the lines tell
 * of the values that decision hides: an env `value:` under a `name:` that says secret (block style,
 * or one flow-style entry), the value of a key that says secret (ConfigMap data), an argument
 * passing a secret (`- --db-password=x`, `args: [--token=x]`), a credential-shaped value (a
 * private key through its END line), and a block scalar under either.
 * Lines are all there is to go by: some secrets may be missed, some harmless values masked.
 */
export function brokenDocumentMasks(lines: LineIndex, line: number): Location[] {
  const secret = secretDocumentMasks(lines, line);
  if (secret.length > 0) return secret;
  const { first, last } = documentAround(lines, line);
  const masks: Location[] = [];
  const maskFrom = (n: number, column: number) => masks.push({ line: n, column, endLine: n, endColumn: lines.line(n).length + 1 });
  /** Masks the lines of a block scalar after line `n`: those indented more than `indent`. */
  const maskBlock = (n: number, indent: number): number => {
    let m = n + 1;
    for (; m <= last; m++) {
      const text = lines.line(m);
      const start = text.length - text.trimStart().length;
      if (start === text.length) continue;
      if (start <= indent) break;
      maskFrom(m, start + 1);
    }
    return m - 1;
  };
  /** The key column of a `name:` that says secret, whose sibling `value:` is to be masked. */
  let secretName: number | undefined;
  /** The list item of the line before, for an argument that follows a bare `--password`. */
  let previousItem: string | undefined;
  for (let n = first; n <= last; n++) {
    const text = lines.line(n);
    const indent = text.length - text.trimStart().length;
    if (indent === text.length || text.startsWith('---')) continue;
    for (const m of text.matchAll(FLOW_ENV)) {
      if (looksLikeSecretName(m[3]!) || credentialIn(m[5]!) !== undefined) {
        const end = m.index + m[0].length;
        masks.push({ line: n, column: end - m[5]!.length + 1, endLine: n, endColumn: end + 1 });
      }
    }
    const pair = KEY_VALUE.exec(text);
    const keyColumn = pair ? pair[1]!.length : indent;
    if (secretName !== undefined && (keyColumn < secretName || (keyColumn === secretName && pair?.[1]!.includes('-')))) secretName = undefined;
    if (PEM_BEGIN.test(text)) {
      maskFrom(n, pair ? text.length - pair[4]!.length + 1 : indent + 1);
      while (n < last && !/-----END /.test(lines.line(n))) {
        const next = lines.line(++n);
        maskFrom(n, next.length - next.trimStart().length + 1);
      }
      continue;
    }
    if (!pair) {
      // a list item: an argument passing a secret (`- --db-password=x`, or the item after `- --api-token`)
      const item = LIST_ITEM.exec(text);
      const value = item ? unquote(item[2]!) : undefined;
      if (credentialIn(text) !== undefined || (item && isSecretArgument(value, previousItem))) maskFrom(n, item ? item[1]!.length + 1 : indent + 1);
      previousItem = value;
      continue;
    }
    previousItem = undefined;
    const key = pair[3]!.trim();
    const value = pair[4]!;
    const valueColumn = text.length - value.length + 1;
    if (key === 'name') {
      const name = value.replace(/\s+#.*$/, '').replace(/,\s*$/, '').replace(/^(["'])(.*)\1$/, '$2');
      secretName = looksLikeSecretName(name) ? keyColumn : undefined;
      continue;
    }
    const hidden =
      (key === 'value' && secretName === keyColumn) || looksLikeSecretName(key) || credentialIn(value) !== undefined ||
      ((key === 'args' || key === 'command') && isSecretArgument(value, undefined));
    if (!hidden) continue;
    maskFrom(n, valueColumn);
    if (BLOCK_SCALAR.test(value)) n = maskBlock(n, indent);
  }
  return masks;
}
