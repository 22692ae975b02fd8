/**
 * The few error classes the CLI catches once at the top. A UsageError is the user's mistake
 * (exit 2, message only); anything else is a bug and keeps its stack.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A location in a file, and what is wrong there. */
export interface LocatedProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * A file given to kubeplan (a configuration, a baseline) that fails validation: every problem at
 * once, each with its location; `omitted` more are counted, not listed.
 */
export class InvalidFileError extends UsageError {
  constructor(
    what: string,
    readonly file: string,
    readonly problems: readonly LocatedProblem[],
    omitted = 0,
  ) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    const lines = sorted.map((p) => `  ${file}:${p.line}:${p.column}  ${p.message}`);
    if (omitted > 0) lines.push(`  … and ${omitted} more problem${omitted === 1 ? '' : 's'}`);
    super(`invalid ${what} in ${file}:\n${lines.join('\n')}`);
  }
}

/** A configuration file that fails validation: every problem at once, each with its location. */
export class ConfigError extends InvalidFileError {
  constructor(file: string, problems: readonly LocatedProblem[]) {
    super('configuration', file, problems);
  }
}
