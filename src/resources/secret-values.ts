/**
 * What makes a literal value in a manifest a secret: a name that says so (DB_PASSWORD, apiKey), or a
 * value shaped like a credential whatever it is called (a private key, a cloud or forge token).
 */

/** Words that make a variable name a secret. */
const SECRET_WORDS = new Set([
  'secret', 'secrets', 'token', 'tokens', 'password', 'passwords', 'passwd', 'passphrase', 'credential', 'credentials',
  'creds', 'apikey', 'apikeys', 'privatekey', 'accesskey', 'secretkey', 'signingkey', 'encryptionkey', 'masterkey', 'salt',
]);
/** `<qualifier>_KEY` is a secret: API_KEY, PRIVATE_KEY, ACCESS_KEY, SIGNING_KEY… */
const KEY_QUALIFIERS = new Set([
  'api', 'private', 'access', 'secret', 'signing', 'encryption', 'master', 'license', 'client', 'auth', 'session', 'hmac',
  'ssh', 'gpg', 'pgp', 'webhook', 'jwt', 'nonce', 'app',
]);
/** A last word that makes the variable describe a secret rather than hold one (TOKEN_URL, PASSWORD_FILE). */
const NOT_SECRET_LAST_WORDS = new Set([
  'url', 'uri', 'urls', 'endpoint', 'host', 'hostname', 'port', 'path', 'file', 'filename', 'dir', 'directory', 'name',
  'names', 'id', 'ids', 'ref', 'type', 'kind', 'format', 'mode', 'enabled', 'enable', 'disabled', 'disable', 'required',
  'location', 'mount', 'version', 'size', 'length', 'len', 'policy', 'algorithm', 'algo', 'header', 'field', 'prefix',
  'audience', 'issuer', 'scope', 'scopes', 'provider', 'ttl', 'expiry', 'expires', 'expiration', 'timeout', 'lifetime',
  'duration', 'interval', 'period', 'seconds', 'secs', 'sec', 'ms', 'millis', 'minutes', 'mins', 'hours', 'days',
  'count', 'limit', 'rounds', 'store', 'namespace', 'region', 'user', 'username', 'owner',
]);

/** Values that are credentials whatever the variable is called. */
const CREDENTIAL_VALUES: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a private key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/ },
  { what: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { what: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/ },
  { what: 'a GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/ },
  { what: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { what: 'a Slack webhook URL', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/ },
  { what: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { what: 'a Stripe secret key', pattern: /\b[sr]k_live_[0-9A-Za-z]{16,}/ },
  { what: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { what: 'a URL with an embedded password', pattern: /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:(?!\$[({])[^/\s@]+@/i },
  { what: 'a connection string with a password', pattern: /(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey)\s*=\s*(?!\$[({])[^;\s]/i },
];

/**
 * What every pattern above needs, in one pass (ignoring case: wider than the patterns, never
 * narrower): most values hold none of it, and are then spared the eleven patterns (a test checks
 * a value of each pattern).
 */
const CREDENTIAL_HINT = /-----BEGIN|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox|hooks\.slack\.com|AIza|k_live_|eyJ|:\/\/[^/\s:@]*:|(?:password|pwd|accountkey|sharedaccesskey)\s*=/i;

/** A ConfigMap key that reads as an environment variable (consumed with envFrom), not as a file name. */
export const VARIABLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const HARMLESS_VALUE = /^(?:true|false|yes|no|on|off|0|1|\/\S*)$/i;
const VAR_REFERENCE = /\$\([A-Za-z_][A-Za-z0-9_.-]*\)|\$\{[A-Za-z_][A-Za-z0-9_.-]*\}/g;
const WORDS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

/** What a value looks like when it is a credential whatever it is called ("a private key"), else undefined. */
export function credentialIn(value: string): string | undefined {
  // every pattern needs 15 characters or more, but the two with a password (`://user:pw@`, `pwd=`)
  if (value.length < 15 && !value.includes('@') && !value.includes('=')) return undefined;
  if (!CREDENTIAL_HINT.test(value)) return undefined;
  return CREDENTIAL_VALUES.find((p) => p.pattern.test(value))?.what;
}

/** A value that holds no secret: a boolean (or 0/1), a file path, only $(VAR) references. */
export function isHarmlessValue(value: string): boolean {
  return HARMLESS_VALUE.test(value) || !/[A-Za-z0-9]/.test(value.replace(VAR_REFERENCE, ''));
}

/** DB_PASSWORD, apiKey, AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN: yes. TOKEN_URL, PASSWORD_FILE, SECRET_NAME, PWD: no. */
export function looksLikeSecretName(name: string): boolean {
  let answer = secretNames.get(name);
  if (answer === undefined) {
    if (secretNames.size >= MAX_NAMES) secretNames.clear();
    secretNames.set(name, (answer = judgeName(name)));
  }
  return answer;
}

/**
 * The answers so far, by name: a repository's workloads set the same variables again and again
 * (POD_NAME, LOG_LEVEL), each split into words and looked up word by word. Bounded.
 */
const secretNames = new Map<string, boolean>();
const MAX_NAMES = 10_000;

function judgeName(name: string): boolean {
  const words: string[] = [];
  for (const part of name.split(/[^A-Za-z0-9]+/)) for (const w of part.match(WORDS) ?? []) words.push(w.toLowerCase());
  if (words.length === 0 || NOT_SECRET_LAST_WORDS.has(words[words.length - 1]!)) return false;
  return words.some((w, i) => {
    if (SECRET_WORDS.has(w)) return true;
    if (w.includes('password') || w.includes('passwd') || w.endsWith('token') || w.endsWith('secret')) return true;
    if (w === 'key') return i > 0 && KEY_QUALIFIERS.has(words[i - 1]!);
    // PWD alone is the working directory, PASS_THROUGH is no password: only DB_PWD, SMTP_PASS.
    return (w === 'pwd' || w === 'pass') && i === words.length - 1 && i > 0;
  });
}

/**
 * Whether output must hide an env var's literal value: its name says it is a secret, or the value
 * looks like a credential. Wider than what no-secrets-in-env reports: a value it lets pass as
 * harmless (`yes`, `0`, a path) is hidden all the same when the name says secret (it may be one,
 * and hiding costs nothing); only a value without a character of its own (empty, only `$(VAR)`
 * references) is shown. Numbers and booleans count as what they were written as.
 */
export function isSecretEnvValue(name: unknown, value: unknown): boolean {
  const text = literalText(value);
  if (text === undefined) return false;
  return credentialIn(text) !== undefined || (typeof name === 'string' && looksLikeSecretName(name));
}

/**
 * Whether output must hide a ConfigMap data value, as no-secrets-in-configmap judges one: a value
 * that looks like a credential, or a one-line value under a key that reads as a secret variable
 * (a file's content is not judged by the file's name); harmless values hidden too, as for env.
 */
export function isSecretConfigValue(key: string, value: unknown): boolean {
  const text = literalText(value);
  if (text === undefined) return false;
  if (credentialIn(text) !== undefined) return true;
  return VARIABLE_KEY.test(key) && !text.includes('\n') && looksLikeSecretName(key);
}

/**
 * `--name=value`, `-name=value` or `NAME=value` in an argument or a shell line: the name and the
 * value, quotes and all (a shell script in `sh -c` sets variables and passes flags the same way).
 */
const ASSIGNMENT = /(?:^|[\s;&|(])(?:--?)?([A-Za-z_][A-Za-z0-9_.-]*)=("[^"]*"|'[^']*'|(?:\$\([^)]*\)|[^\s"';&|)])+)/g;
/** An argument that is a flag alone, whose value is the next argument (`--password`, `hunter2`). */
const BARE_FLAG = /^--?([A-Za-z][A-Za-z0-9_.-]*)$/;

/**
 * Whether output must hide a container argument or command entry: it looks like a credential or
 * passes one (`--url=postgres://u:pw@db`), or it passes a literal value to a flag or variable whose
 * name says secret (`--db-password=x`, `export API_TOKEN=x` in a shell line, or the argument after
 * a bare `--password`). A value that holds no secret (a path, a boolean, only `$(VAR)` references)
 * is shown: flags like `--authentication-token-webhook=true` are common and say nothing.
 */
export function isSecretArgument(entry: unknown, previous: unknown): boolean {
  const text = literalText(entry);
  if (text === undefined) return false;
  if (credentialIn(text) !== undefined) return true;
  for (const m of text.matchAll(ASSIGNMENT)) {
    const value = m[2]!.replace(/^(["'])(.*)\1$/s, '$2');
    if (credentialIn(value) !== undefined || (looksLikeSecretName(m[1]!) && !isHarmlessValue(value))) return true;
  }
  const flag = typeof previous === 'string' ? BARE_FLAG.exec(previous) : null;
  return flag !== null && !text.startsWith('-') && looksLikeSecretName(flag[1]!) && !isHarmlessValue(text);
}

/**
 * Whether output must hide an annotation's value: it looks like a credential. (The last-applied
 * configuration, a copy of the object, is judged with the object: sensitive-values.ts.) Names are
 * not judged: annotations like `nginx.ingress.kubernetes.io/auth-secret` name a Secret, they do not
 * hold one.
 */
export function isSecretAnnotation(value: unknown): boolean {
  const text = literalText(value);
  return text !== undefined && credentialIn(text) !== undefined;
}

/** The text of a scalar value that holds something of its own; undefined for anything else. */
function literalText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const text = String(value);
  return /[A-Za-z0-9]/.test(text.includes('$') ? text.replace(VAR_REFERENCE, '') : text) ? text : undefined;
}
