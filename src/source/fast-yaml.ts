/**
 * A fast YAML stream parser for the common shape of Kubernetes manifests: block and flow
 * collections, plain/quoted/block scalars, comments, document markers, `%YAML` directives, CRLF,
 * a BOM (at the start of the stream or of a later document). It decodes exactly as the library path (parse-yaml-with-library.ts: `yaml` with go-yaml v2
 * plain scalars) and records positions in a flat side table (see position-table.ts) instead of
 * building a node tree.
 *
 * It never guesses: anything it does not fully support (anchors, aliases, merge keys, tags other
 * than on a scalar value, complex or multi-line keys, tabs as indentation, duplicate keys, deep
 * nesting, any syntax error, a value its tag cannot read, anything suspicious) makes it give up on
 * the whole file with a reason, and the caller falls back to the library, which also produces every
 * error message.
 */
import { LineIndex } from './line-index';
import { resolvePlainScalar } from './plain-scalar';
import { KIND_MAP, KIND_SEQ, PositionTable, TableDocument } from './position-table';
import type { SourceDocument, SourceFile } from './source-file';
import { stripDocumentBoms } from './strip-document-boms';
import { resolveTaggedScalar } from './tagged-scalar';
import { decodeBlockScalar, decodeDoubleQuoted, decodeSingleQuoted, unfoldLines } from './yaml-scalars';

export type FastYamlResult = { ok: true; file: SourceFile } | { ok: false; reason: string };

/** Nesting beyond this is left to the library (which reports anything deeper than MAX_DEPTH). */
const MAX_FAST_DEPTH = 200;
/** The library rejects an implicit key whose `:` is more than 1024 characters after its start. */
const MAX_KEY_LENGTH = 1000;

/**
 * Characters the fast path leaves to the library: C0/C1 controls, line and paragraph separators,
 * a BOM after the start, U+FFFE/U+FFFF (so that accepted text never holds a character YAML
 * forbids), and a CR that is not part of CRLF.
 */
const SUSPICIOUS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const LONE_CR = /\r(?!\n)/;

class Bail {
  constructor(readonly reason: string) {}
}

function bail(reason: string): never {
  throw new Bail(reason);
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOT = 46;
const COMMA = 44;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

/** Space, tab, line break or end of input (NaN): what may follow an indicator. */
function isBlank(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB || c !== c;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/**
 * Parses a whole YAML stream, or explains why it will not. Never throws.
 */
export function parseFastYaml(file: string, source: string): FastYamlResult {
  let text = source;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (SUSPICIOUS.test(start === 0 ? text : text.slice(1))) {
    // a BOM that starts a later document is nothing (see strip-document-boms.ts); nothing else passes
    text = stripDocumentBoms(source);
    if (text === source || SUSPICIOUS.test(start === 0 ? text : text.slice(1))) {
      return { ok: false, reason: 'control or unusual line-break character' };
    }
  }
  if (text.includes('\r') && LONE_CR.test(text)) {
    return { ok: false, reason: 'control or unusual line-break character' };
  }
  // After a BOM the library does not count the first line's indentation or `- ` indicators.
  if (start === 1 && (text.charCodeAt(1) === SPACE || text.charCodeAt(1) === DASH)) {
    return { ok: false, reason: 'byte order mark before an indented line' };
  }
  try {
    const parser = new FastParser(text, start);
    const roots = parser.parseStream();
    const lines = new LineIndex(text);
    const table = parser.table.finish();
    const documents: SourceDocument[] = roots.map(
      (root) => new TableDocument(file, root.index, root.value, table, root.node, lines, text, root.coercedKeys),
    );
    return { ok: true, file: { file, text, lines, documents, problems: [] } };
  } catch (error) {
    if (error instanceof Bail) return { ok: false, reason: error.reason };
    if (error instanceof RangeError) return { ok: false, reason: 'too deep for the fast parser' };
    return { ok: false, reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

interface ParsedRoot {
  index: number;
  value: unknown;
  node: number;
  coercedKeys: boolean;
}

class FastParser {
  readonly table: PositionTable;
  private readonly len: number;
  private pos: number;
  /** Start of the line that holds `pos`. */
  private lineStart = 0;
  /**
   * After nextLine(): the column of the next content line's first character, or -1 when the
   * document ends there (end of input, `---` or `...`).
   */
  private indent = -1;
  private flowLevel = 0;
  /** Set by scanPlain(): the `:` that makes the scanned text a mapping key, or -1. */
  private colon = -1;
  /** Set by scanPlain() and scanQuoted(): whether the scalar spans several lines. */
  private multiline = false;
  /** Set by keyName(): the document has a plain key read as a boolean or a number (SourceDocument.coercedKeys). */
  private coercedKeys = false;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.len = text.length;
    this.pos = start;
    this.table = new PositionTable(text.length >> 4);
  }

  parseStream(): ParsedRoot[] {
    const t = this.text;
    const roots: ParsedRoot[] = [];
    let index = -1;
    let directive = false;
    // stream level: between documents, where blank lines, comments and directives may appear
    for (;;) {
      let ls = this.pos;
      if (ls >= this.len) {
        if (directive) bail('directive without a document');
        return roots;
      }
      let j = ls;
      while (t.charCodeAt(j) === SPACE) j++;
      const c = t.charCodeAt(j);
      if (c === LF || c === CR || c === HASH || j >= this.len) {
        this.skipLine(j);
        continue;
      }
      if (c === TAB) bail('tab at the start of a line');
      if (j === ls && c === 37 /* % */) {
        if (directive) bail('several directives');
        if (!/^%YAML 1\.[12](?:[ \t]+(?:#.*)?)?$/.test(t.slice(ls, this.lineEndOf(ls)))) bail('unsupported directive');
        directive = true;
        this.skipLine(ls);
        continue;
      }
      let explicitStart = j === ls && this.isMarker(ls);
      if (explicitStart && c === DOT) bail('document end marker without a document');
      if (directive && !explicitStart) bail('directive without a document start marker');
      directive = false;
      // documents, each started by `---` or implicitly by content, until `...` or the end
      for (;;) {
        index += 1;
        if (explicitStart) {
          this.pos = ls + 3;
          this.afterMarker();
        } else {
          this.pos = ls;
        }
        this.nextLine();
        if (this.indent >= 0) {
          const node = this.table.count;
          this.coercedKeys = false;
          const value = this.parseBlockNode(-1, -1, -1, 1, false);
          if (this.indent >= 0) bail('content after the document root');
          roots.push({ index, value, node, coercedKeys: this.coercedKeys });
        }
        // at the end of input, or at the start of a `---` or `...` line
        if (this.pos >= this.len) return roots;
        ls = this.pos;
        if (t.charCodeAt(ls) === DASH) {
          explicitStart = true;
          continue;
        }
        this.pos = ls + 3;
        this.afterMarker();
        break;
      }
    }
  }

  /** After `---` or `...`: only spaces and a comment may follow on the line. */
  private afterMarker(): void {
    const t = this.text;
    let i = this.pos;
    while (t.charCodeAt(i) === SPACE) i++;
    const c = t.charCodeAt(i);
    if (c === HASH) {
      if (i === this.pos) bail('comment not separated from the marker');
    } else if (!(c === LF || c === CR || i >= this.len)) {
      bail('content on the document marker line');
    }
    this.skipLine(i);
  }

  /** Moves `pos` to the start of the line after the one that holds `i`. */
  private skipLine(i: number): void {
    const nl = this.text.indexOf('\n', i);
    this.pos = nl === -1 ? this.len : nl + 1;
  }

  private lineEndOf(i: number): number {
    const nl = this.text.indexOf('\n', i);
    const end = nl === -1 ? this.len : nl;
    return end > i && this.text.charCodeAt(end - 1) === CR ? end - 1 : end;
  }

  /** `---` or `...` at `i` followed by a blank. */
  private isMarker(i: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c !== DASH && c !== DOT) return false;
    return t.charCodeAt(i + 1) === c && t.charCodeAt(i + 2) === c && isBlank(t.charCodeAt(i + 3));
  }

  /**
   * From the start of a line, skips blank and comment lines and stops at the first character of
   * the next content line (setting `indent`), or at a document marker / end of input (indent -1).
   */
  private nextLine(): void {
    const t = this.text;
    const len = this.len;
    let ls = this.pos;
    for (;;) {
      if (ls >= len) {
        this.indent = -1;
        this.pos = len;
        return;
      }
      let j = ls;
      while (t.charCodeAt(j) === SPACE) j++;
      const c = t.charCodeAt(j);
      if (c === LF) {
        ls = j + 1;
        continue;
      }
      if (c === CR) {
        ls = j + 2;
        continue;
      }
      if (c === HASH) {
        const nl = t.indexOf('\n', j);
        ls = nl === -1 ? len : nl + 1;
        continue;
      }
      if (j >= len) {
        ls = len;
        continue;
      }
      if (c === TAB) bail('tab in indentation');
      this.lineStart = ls;
      if (j === ls && this.isMarker(ls)) {
        this.indent = -1;
        this.pos = ls;
        return;
      }
      this.pos = j;
      this.indent = j - ls;
      return;
    }
  }

  /** After a value: spaces, an optional comment, then the line break (or end of input). */
  private endLine(): void {
    const t = this.text;
    let i = this.pos;
    let space = false;
    let c = t.charCodeAt(i);
    while (c === SPACE || c === TAB) {
      space = true;
      c = t.charCodeAt(++i);
    }
    if (c === HASH) {
      if (!space) bail('comment not separated by a space');
      this.skipLine(i);
      return;
    }
    if (c === LF) this.pos = i + 1;
    else if (c === CR) this.pos = i + 2;
    else if (i >= this.len) this.pos = this.len;
    else bail('unexpected content after a value');
  }

  // ---------------------------------------------------------------- block nodes

  /**
   * A node that starts at `pos`: at the start of its line, or after `- ` (`sameLine`).
   * `parentCol` is the column of the enclosing block collection (-1 at the root).
   * Returns with `pos`/`indent` at the next content line.
   */
  private parseBlockNode(parentCol: number, ks: number, ke: number, depth: number, sameLine: boolean): unknown {
    if (depth > MAX_FAST_DEPTH) bail('deep nesting');
    const t = this.text;
    const start = this.pos;
    const col = start - this.lineStart;
    const c = t.charCodeAt(start);
    switch (c) {
      case DASH:
        if (isBlank(t.charCodeAt(start + 1))) return this.parseBlockSeq(col, ks, ke, depth);
        break;
      case LBRACKET:
      case LBRACE: {
        const value = this.parseFlow(parentCol + 1, ks, ke, depth);
        this.endValueLine();
        return value;
      }
      case DQUOTE:
      case SQUOTE: {
        const end = this.scanQuoted();
        if (this.isKeyIndicatorAfter(end)) {
          if (this.multiline) bail('multi-line key');
          return this.parseBlockMap(col, start, end, ks, ke, depth);
        }
        const value = this.quotedValue(start, end);
        this.table.scalar(start, end, ks, ke);
        this.pos = end;
        this.endLine();
        this.nextLine();
        return value;
      }
      case 124: // |
      case 62: // >
        if (!sameLine) bail('block scalar header on its own line');
        return this.parseBlockScalar(parentCol, ks, ke);
      case 33: // !
        return this.parseTaggedScalar(parentCol, ks, ke, sameLine);
      default:
        if (!this.isPlainStart(c, start)) bail('unsupported node start');
    }
    const end = this.scanPlain(parentCol + 1, true);
    if (this.colon >= 0) return this.parseBlockMap(col, start, end, ks, ke, depth);
    this.table.scalar(start, end, ks, ke);
    const value = this.plainValue(start, end);
    this.pos = end;
    this.endLine();
    this.nextLine();
    return value;
  }

  /** After a flow collection in block context: no `:` (a flow key), then the end of the line. */
  private endValueLine(): void {
    const t = this.text;
    let i = this.pos;
    while (t.charCodeAt(i) === SPACE || t.charCodeAt(i) === TAB) i++;
    if (t.charCodeAt(i) === COLON) bail('flow collection as a key');
    this.endLine();
    this.nextLine();
  }

  /** Whether a `:` indicator follows position `i` on the same line (after spaces). */
  private isKeyIndicatorAfter(i: number): boolean {
    const t = this.text;
    let c = t.charCodeAt(i);
    while (c === SPACE || c === TAB) c = t.charCodeAt(++i);
    if (c !== COLON) return false;
    if (!isBlank(t.charCodeAt(i + 1))) bail('`:` after a quoted key without a space');
    this.colon = i;
    return true;
  }

  /** A plain scalar may start with `c` in block context (`-x` yes, `- x`, `?`, `:` and indicators no). */
  private isPlainStart(c: number, at: number): boolean {
    switch (c) {
      case DASH:
        return !isBlank(this.text.charCodeAt(at + 1));
      case 63: // ?
      case COLON:
      case HASH:
      case 38: // &
      case 42: // *
      case 33: // !
      case 37: // %
      case 64: // @
      case 96: // `
      case COMMA:
      case RBRACKET:
      case RBRACE:
      case LBRACKET:
      case LBRACE:
      case DQUOTE:
      case SQUOTE:
      case 124: // |
      case 62: // >
      case TAB:
      case SPACE:
      case LF:
      case CR:
        return false;
      default:
        return c === c; // not end of input
    }
  }

  private parseBlockMap(col: number, keyStart: number, keyEnd: number, ks: number, ke: number, depth: number): unknown {
    const t = this.text;
    const table = this.table;
    const obj: Record<string, unknown> = {};
    const id = table.open(keyStart, KIND_MAP, ks, ke);
    let pairs = 0;
    for (;;) {
      // the key is [keyStart, keyEnd) and this.colon is its `:`
      const colon = this.colon;
      if (colon - keyStart > MAX_KEY_LENGTH) bail('very long key');
      const name = this.keyName(keyStart, keyEnd);
      let i = colon + 1;
      let c = t.charCodeAt(i);
      while (c === SPACE) c = t.charCodeAt(++i);
      let value: unknown;
      if (c === LF || c === CR || c === HASH || i >= this.len) {
        const empty = i;
        this.pos = colon + 1;
        this.endLine();
        this.nextLine();
        if (this.indent > col) {
          value = this.parseBlockNode(col, keyStart, keyEnd, depth + 1, false);
        } else if (this.indent === col && t.charCodeAt(this.pos) === DASH && isBlank(t.charCodeAt(this.pos + 1))) {
          value = this.parseBlockSeq(col, keyStart, keyEnd, depth + 1);
        } else {
          value = null;
          table.scalar(empty, empty, keyStart, keyEnd);
        }
      } else {
        if (c === TAB) bail('tab after `:`');
        this.pos = i;
        value = this.parseInlineValue(col, keyStart, keyEnd, depth + 1);
      }
      setKey(obj, name, value);
      pairs += 1;
      if (this.indent !== col) {
        if (this.indent > col) bail('bad indentation');
        break;
      }
      // the next key, at this.pos
      keyStart = this.pos;
      const k = t.charCodeAt(keyStart);
      if (k === DQUOTE || k === SQUOTE) {
        keyEnd = this.scanQuoted();
        if (this.multiline || !this.isKeyIndicatorAfter(keyEnd)) bail('expected a mapping key');
      } else {
        if (!this.isPlainStart(k, keyStart)) bail('unsupported mapping key');
        keyEnd = this.scanPlain(col + 1, true);
        if (this.colon < 0) bail('expected a mapping key');
      }
    }
    checkKeyCount(obj, pairs);
    table.close(id);
    return obj;
  }

  /** The decoded name of the key at [start, end), as the library turns it into an object key. */
  private keyName(start: number, end: number): string {
    const c = this.text.charCodeAt(start);
    let name: string;
    if (c === DQUOTE || c === SQUOTE) {
      name = this.quotedValue(start, end);
    } else {
      const value = resolvePlainScalar(this.text.slice(start, end));
      if (value === null) bail('null key');
      if (typeof value === 'string') name = value;
      else {
        name = String(value);
        this.coercedKeys = true;
      }
    }
    if (name === '<<') bail('merge key');
    return name;
  }

  /** A value on the same line as its key (after `key: `). */
  private parseInlineValue(mapCol: number, ks: number, ke: number, depth: number): unknown {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    switch (c) {
      case DQUOTE:
      case SQUOTE: {
        const end = this.scanQuoted();
        const value = this.quotedValue(start, end);
        this.table.scalar(start, end, ks, ke);
        this.pos = end;
        if (this.isKeyIndicatorAfter(end)) bail('nested mapping on the key line');
        this.endLine();
        this.nextLine();
        return value;
      }
      case LBRACKET:
      case LBRACE: {
        if (depth > MAX_FAST_DEPTH) bail('deep nesting');
        const value = this.parseFlow(mapCol + 1, ks, ke, depth);
        this.endValueLine();
        return value;
      }
      case 124: // |
      case 62: // >
        return this.parseBlockScalar(mapCol, ks, ke);
      case 33: // !
        return this.parseTaggedScalar(mapCol, ks, ke, true);
      default:
        if (!this.isPlainStart(c, start)) bail('unsupported value start');
    }
    const end = this.scanPlain(mapCol + 1, false);
    this.table.scalar(start, end, ks, ke);
    const value = this.plainValue(start, end);
    this.pos = end;
    this.endLine();
    this.nextLine();
    return value;
  }

  private parseBlockSeq(col: number, ks: number, ke: number, depth: number): unknown {
    const t = this.text;
    const table = this.table;
    const arr: unknown[] = [];
    const id = table.open(this.pos, KIND_SEQ, ks, ke);
    for (;;) {
      // this.pos is at `-`
      let i = this.pos + 1;
      let c = t.charCodeAt(i);
      while (c === SPACE) c = t.charCodeAt(++i);
      if (c === LF || c === CR || c === HASH || i >= this.len) {
        const empty = i;
        this.pos += 1;
        this.endLine();
        this.nextLine();
        if (this.indent > col) {
          arr.push(this.parseBlockNode(col, -1, -1, depth + 1, false));
        } else {
          arr.push(null);
          table.scalar(empty, empty, -1, -1);
        }
      } else {
        if (c === TAB) bail('tab after `-`');
        this.pos = i;
        arr.push(this.parseBlockNode(col, -1, -1, depth + 1, true));
      }
      if (this.indent === col && t.charCodeAt(this.pos) === DASH && isBlank(t.charCodeAt(this.pos + 1))) continue;
      if (this.indent > col) bail('bad indentation');
      break;
    }
    table.close(id);
    return exactArray(arr);
  }

  // ---------------------------------------------------------------- tags

  /**
   * A scalar with a tag (`!!int "30"`, `!foo bar`, `!` at `pos`) in block context: after `key: `
   * or `- `, or at the start of a line. Its range starts at the tag, and its value is decoded as
   * go-yaml decodes a tagged scalar (tagged-scalar.ts). A tagged key or collection, a tag alone on
   * its line or a value the tag cannot read is left to the library.
   */
  private parseTaggedScalar(parentCol: number, ks: number, ke: number, sameLine: boolean): unknown {
    const t = this.text;
    const start = this.pos;
    const tag = this.scanTag();
    const at = this.pos;
    const c = t.charCodeAt(at);
    let end: number;
    let text: string;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.scanQuoted();
      if (this.isKeyIndicatorAfter(end)) bail('tagged key');
      text = this.quotedValue(at, end);
    } else if (c === 124 || c === 62) {
      if (!sameLine) bail('block scalar header on its own line');
      return resolveTag(tag, this.parseBlockScalar(parentCol, ks, ke, start));
    } else {
      if (!this.isPlainStart(c, at)) bail('tag without a scalar');
      end = this.scanPlain(parentCol + 1, true);
      if (this.colon >= 0) bail('tagged key');
      text = this.multiline ? unfoldLines(t.slice(at, end)) : t.slice(at, end);
    }
    const value = resolveTag(tag, text);
    this.table.scalar(start, end, ks, ke);
    this.pos = end;
    this.endLine();
    this.nextLine();
    return value;
  }

  /**
   * The tag at `pos` and the spaces after it: the name of a standard tag (`int` for `!!int`), or ''
   * for a local tag (`!foo`) or `!`, which keep the text. Only names of letters, digits and `-`
   * followed by a space are read here.
   */
  private scanTag(): string {
    const t = this.text;
    let i = this.pos + 1;
    const standard = t.charCodeAt(i) === 33;
    if (standard) i++;
    const nameStart = i;
    let c = t.charCodeAt(i);
    while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === DASH) c = t.charCodeAt(++i);
    if (c !== SPACE || (standard && i === nameStart)) bail('unsupported tag');
    const name = standard ? t.slice(nameStart, i) : '';
    while (t.charCodeAt(i) === SPACE) i++;
    this.pos = i;
    return name;
  }

  // ---------------------------------------------------------------- scalars

  /**
   * Scans a plain scalar in block context from `pos`, as the library's lexer delimits it, and
   * returns its end (after the last content character). Continuation lines must be indented at
   * least `minIndent`. When `allowKey`, a `: ` on the first line ends the scan and sets `colon`.
   */
  private scanPlain(minIndent: number, allowKey: boolean): number {
    const t = this.text;
    const len = this.len;
    let i = this.pos;
    let end = i;
    let firstLine = true;
    this.colon = -1;
    this.multiline = false;
    for (;;) {
      if (i >= len) return end;
      const c = t.charCodeAt(i);
      if (c === COLON) {
        if (isBlank(t.charCodeAt(i + 1))) {
          if (firstLine && allowKey) {
            this.colon = i;
            return end;
          }
          bail('`: ` inside a plain scalar');
        }
        end = ++i;
      } else if (c === SPACE || c === TAB) {
        if (t.charCodeAt(i + 1) === HASH) return end;
        i++;
      } else if (c === LF || c === CR) {
        let nl = c === CR ? i + 1 : i;
        for (;;) {
          const ls = nl + 1;
          if (ls >= len) return end;
          let j = ls;
          while (t.charCodeAt(j) === SPACE) j++;
          const d = t.charCodeAt(j);
          if (d === LF) {
            nl = j;
            continue;
          }
          if (d === CR) {
            nl = j + 1;
            continue;
          }
          if (j >= len || j - ls < minIndent || d === HASH) return end;
          if (minIndent === 0 && this.isMarker(ls)) return end;
          i = j;
          break;
        }
        firstLine = false;
        this.multiline = true;
      } else {
        end = ++i;
      }
    }
  }

  private plainValue(start: number, end: number): unknown {
    const source = this.text.slice(start, end);
    return resolvePlainScalar(this.multiline ? unfoldLines(source) : source);
  }

  /**
   * Scans a quoted scalar starting at `pos` and returns the index after its closing quote.
   * Continuation lines may have any indentation, as in go-yaml.
   */
  private scanQuoted(): number {
    const t = this.text;
    const len = this.len;
    const quote = t.charCodeAt(this.pos);
    let i = this.pos + 1;
    let multiline = false;
    for (;;) {
      if (i >= len) bail('missing closing quote');
      const c = t.charCodeAt(i);
      if (c === quote) {
        if (quote === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) {
          i += 2;
          continue;
        }
        break;
      }
      if (c === 92 /* \ */ && quote === DQUOTE) {
        // an escaped character; an escaped line break is still a line break for indentation
        const n = t.charCodeAt(i + 1);
        i += n === LF || n === CR ? 1 : 2;
        continue;
      }
      if (c === LF) {
        multiline = true;
        // go-yaml (libyaml) does not check the indentation of continuation lines, only that none
        // starts with a document marker. The `yaml` library refuses an under-indented one, so a file
        // that also needs the library still gets its error.
        if (this.isMarker(i + 1)) bail('document marker inside a quoted scalar');
      }
      i++;
    }
    this.multiline = multiline;
    return i + 1;
  }

  /** The value of the quoted scalar at [start, end). */
  private quotedValue(start: number, end: number): string {
    const t = this.text;
    if (t.charCodeAt(start) === SQUOTE) {
      const source = t.slice(start, end);
      if (!this.multiline && !source.includes("''", 1)) return source.slice(1, -1);
      return decodeSingleQuoted(source);
    }
    if (!this.multiline) {
      let plain = true;
      for (let i = start + 1; i < end - 1; i++) {
        if (t.charCodeAt(i) === 92) {
          plain = false;
          break;
        }
      }
      if (plain) return t.slice(start + 1, end - 1);
    }
    const value = decodeDoubleQuoted(t.slice(start, end));
    if (value === undefined) bail('invalid escape');
    return value;
  }

  /**
   * A block scalar (`|` or `>` at `pos`, on the line of its key or `-`), delimited exactly as the
   * library's lexer does, then decoded by the library's rules. Its range starts at `rangeStart`
   * (its tag's start when it has one).
   */
  private parseBlockScalar(parentCol: number, ks: number, ke: number, rangeStart = this.pos): string {
    const t = this.text;
    const len = this.len;
    const start = this.pos;
    const folded = t.charCodeAt(start) === 62;
    let chomp = '';
    let explicit = 0;
    let i = start + 1;
    for (;;) {
      const c = t.charCodeAt(i);
      if (isBlank(c) || c === HASH) break;
      if ((c === DASH || c === 43) && chomp === '') chomp = c === DASH ? '-' : '+';
      else if (c >= 49 && c <= 57 && explicit === 0) explicit = c - 48;
      else bail('unsupported block scalar header');
      i++;
    }
    let c = t.charCodeAt(i);
    let space = false;
    while (c === SPACE || c === TAB) {
      space = true;
      c = t.charCodeAt(++i);
    }
    if (c === HASH) {
      if (!space) bail('comment not separated by a space');
      const nl = t.indexOf('\n', i);
      i = nl === -1 ? len : nl;
      c = t.charCodeAt(i);
    }
    if (c === CR) c = t.charCodeAt(++i);
    if (c !== LF) bail('block scalar header at the end of input');
    const contentStart = i + 1;

    // the lexer's parseBlockScalar, with all input available
    let indentNext = parentCol + 1;
    let nl = contentStart - 1;
    let indent = 0;
    let j = contentStart;
    for (; j < len; j++) {
      const ch = t.charCodeAt(j);
      if (ch === SPACE) indent += 1;
      else if (ch === LF) {
        nl = j;
        indent = 0;
      } else if (ch === CR && t.charCodeAt(j + 1) === LF) {
        // the LF follows
      } else break;
    }
    if (indent >= indentNext) {
      indentNext = explicit === 0 ? indent : explicit - 1 + indentNext;
      do {
        const cs = this.continueBlockScalar(nl + 1, indentNext);
        if (cs === -1) break;
        nl = t.indexOf('\n', cs);
      } while (nl !== -1);
      if (nl === -1) nl = len;
    }
    let k = nl + 1;
    while (t.charCodeAt(k) === SPACE) k++;
    if (t.charCodeAt(k) === TAB) bail('tab after a block scalar');
    if (chomp !== '+') {
      for (;;) {
        let m = nl - 1;
        let ch = t.charCodeAt(m);
        if (ch === CR) ch = t.charCodeAt(--m);
        const lastChar = m;
        while (ch === SPACE) ch = t.charCodeAt(--m);
        if (ch === LF && m >= contentStart && m + 1 + indent > lastChar) nl = m;
        else break;
      }
    }
    const end = Math.min(nl + 1, len);
    const source = t.slice(contentStart, end);
    if (source.includes('\t')) this.checkBlockScalarTabs(source);
    const value = decodeBlockScalar(source, parentCol, explicit, chomp, folded);
    if (value === undefined) bail('block scalar indentation');
    this.table.scalar(rangeStart, end, ks, ke);
    this.pos = end;
    this.nextLine();
    return value;
  }

  /** The lexer's continueScalar() for a block scalar (indentNext > 0). */
  private continueBlockScalar(offset: number, indentNext: number): number {
    const t = this.text;
    let indent = 0;
    let ch = t.charCodeAt(offset);
    while (ch === SPACE) ch = t.charCodeAt(++indent + offset);
    if (ch === CR && t.charCodeAt(indent + offset + 1) === LF) return offset + indent + 1;
    return ch === LF || indent >= indentNext ? offset + indent : -1;
  }

  /** Tabs are fine inside block scalar content, but not on lines that hold only white space. */
  private checkBlockScalarTabs(source: string): void {
    for (const line of source.split('\n')) {
      if (line.includes('\t') && /^[ \t\r]*$/.test(line)) bail('tab-only line in a block scalar');
    }
  }

  // ---------------------------------------------------------------- flow collections

  /**
   * A flow collection at `pos` (`[` or `{`). Lines inside must be indented at least `minIndent`
   * (the outermost closing bracket may sit one column less), as the library's lexer requires.
   */
  private parseFlow(minIndent: number, ks: number, ke: number, depth: number): unknown {
    if (depth > MAX_FAST_DEPTH) bail('deep nesting');
    const t = this.text;
    const table = this.table;
    const start = this.pos;
    const isMap = t.charCodeAt(start) === LBRACE;
    this.flowLevel += 1;
    this.pos += 1;
    let result: unknown;
    if (!isMap) {
      const arr: unknown[] = [];
      const id = table.open(start, KIND_SEQ, ks, ke);
      this.skipFlowSpace(minIndent, false);
      if (t.charCodeAt(this.pos) === RBRACKET) this.pos++;
      else {
        for (;;) {
          const item = t.charCodeAt(this.pos);
          arr.push(this.parseFlowValue(minIndent, -1, -1, depth + 1));
          this.skipFlowSpace(minIndent, false, item === LBRACKET || item === LBRACE);
          const c = t.charCodeAt(this.pos);
          if (c === COMMA) {
            this.pos++;
            this.skipFlowSpace(minIndent, false);
            if (t.charCodeAt(this.pos) === RBRACKET) {
              this.pos++;
              break;
            }
            continue;
          }
          if (c === RBRACKET) {
            this.pos++;
            break;
          }
          bail(c === COLON ? 'pair in a flow sequence' : 'expected , or ] in a flow sequence');
        }
      }
      table.close(id);
      result = exactArray(arr);
    } else {
      const obj: Record<string, unknown> = {};
      const id = table.open(start, KIND_MAP, ks, ke);
      let pairs = 0;
      this.skipFlowSpace(minIndent, false);
      if (t.charCodeAt(this.pos) === RBRACE) this.pos++;
      else {
        for (;;) {
          const keyStart = this.pos;
          const k = t.charCodeAt(keyStart);
          let keyEnd: number;
          let quoted = false;
          if (k === DQUOTE || k === SQUOTE) {
            keyEnd = this.scanQuoted();
            if (this.multiline) bail('multi-line key');
            quoted = true;
          } else {
            if (!this.isFlowPlainStart(k, keyStart)) bail('unsupported flow mapping key');
            keyEnd = this.scanFlowPlain();
          }
          const name = this.keyName(keyStart, keyEnd);
          let i = keyEnd;
          let c = t.charCodeAt(i);
          while (c === SPACE || c === TAB) c = t.charCodeAt(++i);
          if (c !== COLON) bail('flow mapping key without a value');
          const n = t.charCodeAt(i + 1);
          if (!quoted && !(isBlank(n) || n === COMMA)) bail('`:` without a space in a flow mapping');
          this.pos = i + 1;
          let empty = this.pos;
          while (t.charCodeAt(empty) === SPACE || t.charCodeAt(empty) === TAB) empty++;
          this.skipFlowSpace(minIndent, false);
          c = t.charCodeAt(this.pos);
          let value: unknown;
          if (c === COMMA || c === RBRACE) {
            value = null;
            table.scalar(empty, empty, keyStart, keyEnd);
          } else {
            value = this.parseFlowValue(minIndent, keyStart, keyEnd, depth + 1);
          }
          setKey(obj, name, value);
          pairs += 1;
          this.skipFlowSpace(minIndent, false, true);
          c = t.charCodeAt(this.pos);
          if (c === COMMA) {
            this.pos++;
            this.skipFlowSpace(minIndent, false);
            if (t.charCodeAt(this.pos) === RBRACE) {
              this.pos++;
              break;
            }
            continue;
          }
          if (c === RBRACE) {
            this.pos++;
            break;
          }
          bail('expected , or } in a flow mapping');
        }
      }
      checkKeyCount(obj, pairs);
      table.close(id);
      result = obj;
    }
    this.flowLevel -= 1;
    return result;
  }

  /** A scalar or nested collection inside a flow collection. */
  private parseFlowValue(minIndent: number, ks: number, ke: number, depth: number): unknown {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    if (c === LBRACKET || c === LBRACE) return this.parseFlow(minIndent, ks, ke, depth);
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.scanQuoted();
      const value = this.quotedValue(start, end);
      this.table.scalar(start, end, ks, ke);
      this.pos = end;
      return value;
    }
    if (c === 33 /* ! */) return this.parseTaggedFlowScalar(ks, ke);
    if (!this.isFlowPlainStart(c, start)) bail('unsupported flow value');
    const end = this.scanFlowPlain();
    this.table.scalar(start, end, ks, ke);
    this.pos = end;
    return resolvePlainScalar(t.slice(start, end));
  }

  /** A scalar with a tag inside a flow collection (`[!!int "80"]`); see parseTaggedScalar(). */
  private parseTaggedFlowScalar(ks: number, ke: number): unknown {
    const t = this.text;
    const start = this.pos;
    const tag = this.scanTag();
    const at = this.pos;
    const c = t.charCodeAt(at);
    let end: number;
    let text: string;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.scanQuoted();
      text = this.quotedValue(at, end);
    } else {
      if (!this.isFlowPlainStart(c, at)) bail('tag without a scalar');
      end = this.scanFlowPlain();
      text = t.slice(at, end);
    }
    const value = resolveTag(tag, text);
    this.table.scalar(start, end, ks, ke);
    this.pos = end;
    return value;
  }

  private isFlowPlainStart(c: number, at: number): boolean {
    if (c === DASH) {
      const n = this.text.charCodeAt(at + 1);
      return !(isBlank(n) || isFlowIndicator(n));
    }
    return this.isPlainStart(c, at);
  }

  /** A single-line plain scalar inside a flow collection; returns its end. */
  private scanFlowPlain(): number {
    const t = this.text;
    const len = this.len;
    let i = this.pos;
    let end = i;
    for (;;) {
      if (i >= len) return end;
      const c = t.charCodeAt(i);
      if (c === COLON) {
        const n = t.charCodeAt(i + 1);
        if (isBlank(n) || isFlowIndicator(n)) return end;
        end = ++i;
      } else if (c === SPACE || c === TAB) {
        if (t.charCodeAt(i + 1) === HASH) return end;
        i++;
      } else if (c === LF || c === CR) {
        // the scalar ends here only if the next content line cannot continue it
        let j = c === CR ? i + 2 : i + 1;
        for (;;) {
          let d = t.charCodeAt(j);
          while (d === SPACE || d === TAB) d = t.charCodeAt(++j);
          if (d === LF) {
            j++;
            continue;
          }
          if (d === CR) {
            j += 2;
            continue;
          }
          if (d === HASH || d === COMMA || d === RBRACKET || d === RBRACE) return end;
          bail('multi-line plain scalar in a flow collection');
        }
      } else if (isFlowIndicator(c)) {
        return end;
      } else {
        end = ++i;
      }
    }
  }

  /**
   * Skips white space, comments and line breaks inside a flow collection, enforcing the lexer's
   * indentation rule on every new line. `space` tells whether white space precedes `pos`.
   * `afterValue`: `pos` follows a flow mapping value or a nested collection, which takes the next
   * line break into its own trailing tokens, so that a comment at column 0 on the next line counts
   * as not separated by white space (the library reports it).
   */
  private skipFlowSpace(minIndent: number, space: boolean, afterValue = false): void {
    const t = this.text;
    const len = this.len;
    let i = this.pos;
    let firstBreak = afterValue;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === SPACE || c === TAB) {
        space = true;
        i++;
      } else if (c === LF || c === CR) {
        const ls = c === CR ? i + 2 : i + 1;
        let j = ls;
        while (t.charCodeAt(j) === SPACE) j++;
        const indent = j - ls;
        let d = t.charCodeAt(j);
        if (firstBreak && d === HASH && j === ls) bail('comment at column 0 after a flow value');
        firstBreak = false;
        while (d === SPACE || d === TAB) d = t.charCodeAt(++j);
        if (j >= len) bail('unterminated flow collection');
        space = true;
        i = j;
        if (d === LF || d === CR || d === HASH) continue;
        if (indent < minIndent && !(indent === minIndent - 1 && this.flowLevel === 1 && (d === RBRACKET || d === RBRACE))) {
          bail('flow collection line not indented enough');
        }
        if (indent === 0 && this.isMarker(j)) bail('document marker inside a flow collection');
      } else if (c === HASH) {
        if (!space) bail('comment not separated by a space');
        const nl = t.indexOf('\n', i);
        if (nl === -1) bail('unterminated flow collection');
        i = t.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      } else {
        if (i >= len) bail('unterminated flow collection');
        this.pos = i;
        return;
      }
    }
  }
}

function tagError(): never {
  bail('a value its tag cannot read');
}

/** The value of a scalar's text under a tag read by scanTag(). */
function resolveTag(tag: string, text: string): unknown {
  return tag === '' ? text : resolveTaggedScalar(tag, text, tagError);
}

/**
 * Adds a decoded pair as the library's toJS does. Duplicate keys are found afterwards by
 * checkKeyCount(), which is cheaper than looking every key up first.
 */
function setKey(obj: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') {
    Object.defineProperty(obj, name, { value, writable: true, enumerable: true, configurable: true });
  } else {
    obj[name] = value;
  }
}

/**
 * The array without the room push() left for more items: a first push makes room for 17, and most
 * sequences in manifests hold one to three. The copy dies young; the parsed documents are kept for
 * the whole run, and garbage collections copy them (~3.6 MB less on 10,000 documents).
 */
function exactArray(arr: unknown[]): unknown[] {
  return arr.slice();
}

/** A mapping with fewer own keys than pairs had a duplicate key, which the library must report. */
function checkKeyCount(obj: Record<string, unknown>, pairs: number): void {
  if (Object.keys(obj).length !== pairs) bail('duplicate key');
}
