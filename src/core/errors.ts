/**
 * The few error classes the CLI catches once at the top. A UsageError is the user's mistake
 * (exit 2, message only); anything else is a bug and keeps its stack.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A configuration file that fails validation: every problem at once, each with its location. */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly problems: readonly { line: number; column: number; message: string }[],
  ) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    super(`invalid configuration in ${file}:\n${sorted.map((p) => `  ${file}:${p.line}:${p.column}  ${p.message}`).join('\n')}`);
  }
}
