import {
  type Document,
  type Node,
  type ParseOptions,
  type DocumentOptions,
  type SchemaOptions,
  type ScalarTag,
  type YAMLError,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
} from 'yaml';
import type { Location, Path, Target } from '../core/types';
import { LineIndex } from './line-index';
import { resolvePlainScalar } from './plain-scalar';
import type { SourceDocument, SourceFile, SourceProblem } from './source-file';
import { stripDocumentBoms } from './strip-document-boms';
import { YAML_TAG_PREFIX, resolveTaggedScalar } from './tagged-scalar';
import { decodeDoubleQuoted } from './yaml-scalars';

/** Deeper nesting than this is refused: no Kubernetes object comes close, and it bounds recursion. */
export const MAX_DEPTH = 256;
/** Aliases beyond this count in one document are treated as an alias bomb. */
export const MAX_ALIASES = 100;
const MAX_PROBLEMS_PER_DOCUMENT = 5;

/**
 * YAML 1.1 as go-yaml v2 reads it: one catch-all resolver for plain scalars (see plain-scalar.ts);
 * the schema's own tags stay available for explicit tags (`!!int "3"`) and merge keys (`<<`).
 */
const goYamlPlain: ScalarTag = {
  tag: 'tag:kubeplan.io,2024:plain',
  default: true,
  test: /[\s\S]*/,
  resolve: resolvePlainScalar as ScalarTag['resolve'],
};

/**
 * The standard scalar tags as go-yaml v2 reads them (see tagged-scalar.ts), used for explicit tags
 * only (`default: false`): listed first, they take the place of the schema's own `!!int`, `!!bool`,
 * `!!timestamp`... (whose YAML 1.1 variants would read `!!int "30"` as NaN or a Date).
 */
const goYamlTags: ScalarTag[] = ['str', 'int', 'float', 'bool', 'null', 'binary', 'timestamp', 'merge'].map((name) => ({
  tag: YAML_TAG_PREFIX + name,
  default: false,
  resolve: (source: string, onError: (message: string) => void) => resolveTaggedScalar(name, source, onError),
}));

/**
 * YAML 1.1 collection types that go-yaml v2 decodes as plain mappings and sequences (`!!set {a}` is
 * `{a: null}`, `!!omap [a: 1]` is `[{a: 1}]`): the library's own would give a Set or a Map.
 */
const PLAIN_COLLECTION_TAGS = new Set(['set', 'omap', 'pairs'].map((name) => YAML_TAG_PREFIX + name));

const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  uniqueKeys: false, // checked below, with kubectl's wording and both positions
  prettyErrors: false,
  logLevel: 'error', // no warnings on stderr: the core stays free of side effects
  resolveKnownTags: false, // tags outside the schema (below) stay text, as in go-yaml
  customTags: (tags) => [
    ...goYamlTags,
    ...tags
      .filter((tag) => typeof tag !== 'object' || !PLAIN_COLLECTION_TAGS.has(tag.tag))
      .map((tag) =>
        typeof tag === 'object' && (tag as ScalarTag).test && tag.default === true ? { ...tag, default: false } : tag,
      ),
    goYamlPlain,
  ],
};

export function parseYamlWithLibrary(file: string, source: string): SourceFile {
  const text = stripDocumentBoms(source);
  const lines = new LineIndex(text);
  const problems: SourceProblem[] = [];
  const documents: SourceDocument[] = [];
  let stream: Document.Parsed[];
  try {
    stream = parseAllDocuments(text, OPTIONS) as Document.Parsed[];
  } catch (error) {
    problems.push({ message: describeThrown(error), location: lines.location(0, 0) });
    return { file, text, lines, documents, problems };
  }
  if (!Array.isArray(stream)) stream = [];
  // A stream without documents keeps its errors (a stray `...`, a bad directive) on the array.
  const streamErrors = (stream as { errors?: YAMLError[] }).errors;
  if (stream.length === 0 && streamErrors) {
    for (const error of streamErrors.slice(0, MAX_PROBLEMS_PER_DOCUMENT)) problems.push(yamlProblem(error, lines));
  }

  stream.forEach((doc, index) => {
    if (doc.errors.some(isQuoteEscape)) acceptQuoteEscapes(doc, text);
    if (doc.errors.length > 0) {
      const reported = doc.errors.slice(0, MAX_PROBLEMS_PER_DOCUMENT).map((error) => yamlProblem(error, lines));
      // Running out of stack is reported at every level the parser unwinds through: say it once.
      const tooDeep = reported.findIndex((p) => p.message === TOO_DEEP);
      problems.push(...reported.filter((p, i) => p.message !== TOO_DEEP || i === tooDeep));
      return;
    }
    const root = doc.contents;
    if (root === null || (isScalar(root) && root.value === null && root.source === '')) return;
    const structural = checkStructure(doc, root, lines, text);
    if (structural.length > 0) {
      problems.push(...structural.slice(0, MAX_PROBLEMS_PER_DOCUMENT));
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const at = thrownAt(doc, error) ?? root.range?.[0] ?? 0;
      problems.push({ message: describeThrown(error), location: lines.location(at, at) });
      return;
    }
    documents.push(new YamlDocument(file, index, value, doc, lines, text));
  });
  return { file, text, lines, documents, problems };
}

/** `\'` in a double-quoted scalar: YAML 1.2 has no such escape, go-yaml reads it as `'`. */
function isQuoteEscape(error: YAMLError): boolean {
  return error.code === 'BAD_DQ_ESCAPE' && error.message.startsWith("Invalid escape sequence \\'");
}

/** Drops the `\'` errors and decodes the double-quoted scalars that hold one as go-yaml does. */
function acceptQuoteEscapes(doc: Document.Parsed, text: string): void {
  doc.errors = doc.errors.filter((error) => !isQuoteEscape(error));
  visit(doc, {
    Scalar(_, node) {
      if (node.type !== 'QUOTE_DOUBLE' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]);
      if (!source.includes("\\'")) return;
      const value = decodeDoubleQuoted(source);
      if (value !== undefined) node.value = value;
    },
  });
}

const TOO_DEEP = `document is nested too deeply (more than ${MAX_DEPTH} levels)`;

function yamlProblem(error: YAMLError, lines: LineIndex): SourceProblem {
  const [start, end] = error.pos;
  // The library's message repeats the position ("at line 3, column 1:") and a code frame; drop both.
  const message =
    error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message)
      ? TOO_DEEP
      : shortenQuotedSource(error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '').replace(/:\s*$/, ''));
  return { message, location: lines.location(start, Math.max(start, Math.min(end, lines.lineEnd(start)))) };
}

/**
 * The library quotes the whole offending token (`Unexpected scalar token in YAML stream: "…"`), which
 * for an unclosed quote is the rest of the file: keep its first line, at most 60 characters.
 */
function shortenQuotedSource(message: string): string {
  const quoted = /^(.*?: )(".*")$/s.exec(message);
  if (!quoted) return message;
  let source: string;
  try {
    source = JSON.parse(quoted[2]!) as string;
  } catch {
    return message;
  }
  const firstLine = source.split('\n')[0]!;
  if (firstLine === source && source.length <= 60) return message;
  return `${quoted[1]}${JSON.stringify(`${firstLine.slice(0, 60)}…`)}`;
}

function describeThrown(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(message)) return TOO_DEEP;
  if (error instanceof ReferenceError && /excessive alias count/i.test(message)) {
    return `too many aliases in one document (more than ${MAX_ALIASES}): refusing a possible alias bomb`;
  }
  const unresolved = /^Unresolved alias .*: (.*)$/.exec(message);
  if (unresolved) return `unknown alias *${unresolved[1]}: its anchor must be defined before it`;
  return `cannot decode document: ${message}`;
}

/**
 * Where decoding failed: the alias whose anchor is unknown, or for an alias bomb the first alias
 * whose anchor holds aliases itself (where the repetition multiplies). Undefined when not found.
 */
function thrownAt(doc: Document.Parsed, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const unknown = /^Unresolved alias .*: (.*)$/.exec(message)?.[1];
  const bomb = /excessive alias count/i.test(message);
  if (unknown === undefined && !bomb) return undefined;
  let at: number | undefined;
  visit(doc, {
    Alias(_, node) {
      const found = unknown !== undefined ? node.source === unknown : holdsAlias(node.resolve(doc));
      if (!found) return undefined;
      at = node.range?.[0];
      return visit.BREAK;
    },
  });
  return at;
}

function holdsAlias(node: Node | undefined): boolean {
  let found = false;
  if (node && !isScalar(node)) {
    visit(node, {
      Alias() {
        found = true;
        return visit.BREAK;
      },
    });
  }
  return found;
}

/**
 * Duplicate keys (as strict decoding rejects them), non-scalar keys, aliases inside their own
 * anchor (which would decode to a circular value) and excessive depth.
 */
function checkStructure(doc: Document.Parsed, root: Node, lines: LineIndex, text: string): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS_PER_DOCUMENT) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) {
      const start = node.range?.[0] ?? 0;
      problems.push({
        message: `document is nested too deeply (more than ${MAX_DEPTH} levels)`,
        location: lines.location(start, start),
      });
      break;
    }
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      const at = node.range?.[0] ?? 0;
      if (target?.range && at >= target.range[0] && at < target.range[1]) {
        problems.push({
          message: `anchor "${node.source}" contains an alias to itself`,
          location: lines.location(at, node.range?.[1] ?? at),
        });
      }
      continue;
    }
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (key !== null && !isScalar(key)) {
          if (isAlias(key) && isScalar(key.resolve(doc))) continue;
          const start = key.range?.[0] ?? 0;
          problems.push({ message: 'mapping keys must be plain values', location: lines.location(start, lines.lineEnd(start)) });
          continue;
        }
        if (key === null || key.value === null) {
          // go-yaml decodes it as a nil key, which no Kubernetes client can turn into JSON
          // (sigs.k8s.io/yaml: "unsupported map key of type nil")
          const [start, end] = key?.range ?? (pair.value as Node | null)?.range ?? [0, 0];
          const written = key?.range ? text.slice(start, end) : '';
          problems.push({
            message:
              written === ''
                ? 'an empty mapping key decodes to null, which Kubernetes clients refuse (unsupported map key)'
                : `mapping key ${written} decodes to null (YAML 1.1), which Kubernetes clients refuse (unsupported map key); quote it: "${written}"`,
            location: lines.location(start, key?.range ? end : start),
          });
          continue;
        }
        const name = keyString(key.value);
        if (name !== '<<') {
          const [start, end] = key?.range ?? [0, 0];
          const previous = seen.get(name);
          if (previous !== undefined) {
            problems.push({
              message: `mapping key "${name}" already defined at line ${lines.position(previous).line}`,
              location: lines.location(start, end),
            });
          } else {
            seen.set(name, start);
          }
        }
        if (pair.value) stack.push([pair.value as Node, depth + 1]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) stack.push([item as Node, depth + 1]);
    }
  }
  return problems;
}

function keyString(value: unknown): string {
  return value === null ? 'null' : String(value);
}

class YamlDocument implements SourceDocument {
  constructor(
    readonly file: string,
    readonly index: number,
    readonly value: unknown,
    private readonly doc: Document.Parsed,
    private readonly lines: LineIndex,
    private readonly text: string,
  ) {}

  private coerced: boolean | undefined;

  /** Found on first use: rules ask it of few documents that take this parser's path. */
  get coercedKeys(): boolean {
    if (this.coerced === undefined) {
      this.coerced = false;
      visit(this.doc, {
        Pair: (_, pair) => {
          const key = pair.key;
          // an alias key stands for whatever its anchor holds
          if (isAlias(key) || (isScalar(key) && key.value !== null && typeof key.value !== 'string' && key.type === 'PLAIN')) {
            this.coerced = true;
            return visit.BREAK;
          }
          return undefined;
        },
      });
    }
    return this.coerced;
  }

  locate(path: Path, target: Target = 'value'): Location {
    const found = this.walk(path);
    return this.rangeOf(found.key, found.node, found.complete ? target : 'key');
  }

  sourceText(path: Path, target: Target = 'value'): string | undefined {
    const found = this.walk(path);
    if (target === 'key') {
      if (path.length === 0 || found.reached < path.length || !found.key) return undefined;
      const key = found.key;
      return isScalar(key) && key.range ? this.text.slice(this.startOf(key), key.range[1]) : undefined;
    }
    if (!found.complete || !found.node) return undefined;
    const node = this.resolve(found.node);
    if (!isScalar(node) || !node.range) return undefined;
    return this.text.slice(this.startOf(node), node.range[1]);
  }

  /**
   * Where a node's source starts: for a scalar with a tag (`!!int "30"`), the tag, which decides
   * what the value is (the library's range starts after it).
   */
  private startOf(node: Node): number {
    const start = node.range![0];
    return isScalar(node) && node.tag ? (tagStart(this.text, start, node.tag, this.doc) ?? start) : start;
  }

  /** Follows `path` as far as it exists: the last key and value node reached. */
  private walk(path: Path): { key: Node | null; node: Node | null; complete: boolean; reached: number } {
    let node = this.doc.contents as Node;
    let key: Node | null = null;
    let reached = 0;
    for (const segment of path) {
      const current = this.resolve(node);
      let next: { key: Node | null; value: Node | null } | undefined;
      if (isMap(current) && typeof segment === 'string') next = this.findPair(current, segment);
      else if (isSeq(current) && typeof segment === 'number') {
        const item = current.items[segment] as Node | undefined;
        if (item) next = { key: null, value: item };
      }
      if (!next) return { key, node, complete: false, reached };
      key = next.key;
      reached++;
      if (next.value === null) return { key, node: null, complete: false, reached };
      node = next.value;
    }
    return { key, node, complete: true, reached };
  }

  private resolve(node: Node): Node {
    let current: Node | undefined = node;
    for (let hops = 0; current && isAlias(current) && hops < 10; hops++) {
      current = current.resolve(this.doc) as Node | undefined;
    }
    return current ?? node;
  }

  private findPair(map: Node, name: string, depth = 0): { key: Node | null; value: Node | null } | undefined {
    if (!isMap(map) || depth > 10) return undefined;
    let merges: Node[] = [];
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      const keyValue = key && isScalar(key) ? keyString(key.value) : null;
      if (keyValue === name) return { key, value: pair.value as Node | null };
      if (keyValue === '<<' && pair.value) {
        const source = this.resolve(pair.value as Node);
        merges = merges.concat(isSeq(source) ? (source.items as Node[]).map((n) => this.resolve(n)) : [source]);
      }
    }
    for (const source of merges) {
      const found = this.findPair(source, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  private rangeOf(key: Node | null, node: Node | null, target: Target): Location {
    const keyRange = key?.range;
    if (node && target === 'value') {
      const resolved = this.resolve(node);
      const range = node.range;
      if (range && (isScalar(resolved) || isAlias(node))) return this.lines.location(this.startOf(node), range[1]);
      if (!keyRange && range) return this.lines.location(range[0], this.lines.lineEnd(range[0]));
    }
    if (key && keyRange) return this.lines.location(this.startOf(key), keyRange[1]);
    const start = node?.range ? this.startOf(node) : 0;
    return this.lines.location(start, this.lines.lineEnd(start));
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The offset of the tag written before the scalar that starts at `at` (an anchor may stand between
 * them), or undefined when it cannot be found there (a comment between them, say): the token must
 * resolve to the scalar's tag.
 */
function tagStart(text: string, at: number, tag: string, doc: Document.Parsed): number | undefined {
  let end = at;
  for (let props = 0; props < 2; props++) {
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isBlank(text.charCodeAt(start - 1))) start--;
    const token = text.slice(start, end);
    // in a flow collection the token may hold the indicators before the node (`[!!int`, `{a: 1,!!int`)
    const verbatim = token.endsWith('>') ? token.lastIndexOf('!<') : -1;
    const node = verbatim >= 0 ? verbatim : Math.max(token.lastIndexOf('['), token.lastIndexOf('{'), token.lastIndexOf(',')) + 1;
    const c = token.charCodeAt(node);
    if (c === 38 /* & */) {
      end = start + node;
      continue;
    }
    if (c !== 33 /* ! */) return undefined;
    let failed = false;
    const name = doc.directives.tagName(token.slice(node), () => (failed = true));
    return !failed && name === tag ? start + node : undefined;
  }
  return undefined;
}
