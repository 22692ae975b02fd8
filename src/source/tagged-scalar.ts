/**
 * Scalars with an explicit tag (`!!int "30"`, `!!float 1`, `!!str 0644`), decoded as go-yaml v2 (and
 * so kubectl and the API server, through sigs.k8s.io/yaml) decodes them into a generic value:
 *
 * - `!!str` and tags it does not know (`!foo`, `!`, `!!map` on a scalar, `!!merge`...) keep the text;
 * - `!!binary` decodes base64 (CR and LF ignored, padding required) into the string of its bytes;
 * - `!!null`, `!!bool`, `!!int`, `!!float` and `!!timestamp` resolve the text as a plain scalar
 *   would be resolved (quoted or not: `!!int "0644"` is 420), and refuse a text that resolves to
 *   another type ("cannot decode !!str `abc` as a !!int"), except that `!!float` takes an integer;
 * - `!!timestamp` keeps the text, when it is one of the timestamps go-yaml reads.
 *
 * Checked against kubectl 1.32 (`kubectl label --local -o json`): test/source/explicit-tags.test.ts.
 */
import { decodeBase64 } from '../core/base64';
import { parseGoInt, resolvePlainScalar } from './plain-scalar';

/** The prefix of the standard tags, which `!!` stands for. */
export const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

type GoTag = 'null' | 'bool' | 'int' | 'uint' | 'float' | 'str' | 'timestamp';

const NEEDS: Record<string, string> = {
  null: 'null (~, null or nothing)',
  bool: 'a boolean (true, false, yes, no, on, off)',
  int: 'an integer',
  float: 'a number',
  timestamp: 'a date or time (2001-12-14, 2001-12-14T21:59:43Z)',
};

const READS: Record<GoTag, string> = {
  null: 'null',
  bool: 'a boolean',
  int: 'an integer',
  uint: 'an integer beyond the 64-bit signed range',
  float: 'a number with a fraction or an exponent',
  str: 'a string',
  timestamp: 'a timestamp',
};

/**
 * The value of a scalar whose text (quotes and escapes already decoded) carries the standard tag
 * `name` (`int` for `!!int`); any other name keeps the text. `onError` receives a message when the
 * tag cannot read the text, as kubectl refuses such a document; the text is returned then.
 * The message never quotes the value (it may be a Secret's).
 */
export function resolveTaggedScalar(name: string, text: string, onError: (message: string) => void): unknown {
  switch (name) {
    case 'binary': {
      const bytes = decodeBase64(text);
      if (bytes === undefined) {
        onError('!!binary value is not valid base64');
        return text;
      }
      return new TextDecoder().decode(bytes);
    }
    case 'null':
    case 'bool':
    case 'int':
    case 'float':
    case 'timestamp': {
      const [tag, value] = resolveWithTag(text, name === 'timestamp');
      if (tag === name || (tag === 'uint' && name === 'int') || (tag === 'int' && name === 'float')) {
        return name === 'timestamp' ? text : value;
      }
      const read = tag === 'uint' ? 'int' : tag;
      onError(`cannot decode !!${read} as a !!${name}: the tag needs ${NEEDS[name]}, and YAML reads the value as ${READS[tag]}`);
      return text;
    }
    default:
      return text;
  }
}

/**
 * go-yaml's resolve() of a text without a tag: the type it reads and the value. Timestamps are
 * tried only for `!!timestamp` (go-yaml's rule); a plain timestamp is a string anyway.
 */
function resolveWithTag(text: string, timestamps: boolean): [GoTag, unknown] {
  const value = resolvePlainScalar(text);
  switch (typeof value) {
    case 'boolean':
      return ['bool', value];
    case 'number': {
      const first = text.charCodeAt(0);
      // .5, .inf, +.inf, -.nan: go-yaml reads them as floats; otherwise an integer when Go parses one
      if (first === 46 || Number.isNaN(value) || !Number.isFinite(value)) return ['float', value];
      const plain = text.includes('_') ? text.replace(/_/g, '') : text;
      if (parseGoInt(plain, true) !== undefined) return ['int', value];
      return [parseGoInt(plain) !== undefined ? 'uint' : 'float', value];
    }
    case 'string':
      return [timestamps && isGoTimestamp(text) ? 'timestamp' : 'str', value];
    default:
      return ['null', null];
  }
}

/**
 * go-yaml v2's parseTimestamp: Go's time.Parse with one of its four layouts
 * (`2006-1-2T15:4:5.999999999Z07:00`, the same with `t`, `2006-1-2 15:4:5.999999999`, `2006-1-2`),
 * ranges included (month, day of that month, hour, minute, second; zone up to ±24:60).
 */
const TIMESTAMP =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt](\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?(?:Z|[-+](\d\d):(\d\d)))|(?: +(\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?))?$/;

export function isGoTimestamp(text: string): boolean {
  const m = TIMESTAMP.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return false;
  const hour = m[4] ?? m[9];
  if (hour === undefined) return true;
  if (Number(hour) > 23 || Number(m[5] ?? m[10]) > 59 || Number(m[6] ?? m[11]) > 59) return false;
  return m[7] === undefined || (Number(m[7]) <= 24 && Number(m[8]) <= 60);
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
