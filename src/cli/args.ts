import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors';

/** One command-line option: its type, help text and (for strings) the values it accepts. */
export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  multiple?: boolean;
  /** Shown in help; `<value>` placeholder for strings. */
  help: string;
  value?: string;
  choices?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

export type ParsedOptions<S extends OptionSpecs> = {
  [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : S[K]['multiple'] extends true ? string[] : string;
};

/**
 * Parses argv strictly: an unknown option or a value outside `choices` is a UsageError (exit 2).
 * Negated booleans are declared as their own options (`no-strict`).
 */
export function parseCommandArgs<S extends OptionSpecs>(
  command: string,
  argv: readonly string[],
  specs: S,
): { options: ParsedOptions<S>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        Object.entries(specs).map(([name, s]) => [
          name,
          { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error);
    throw new UsageError(`${message}\nRun 'kubeplan ${command} --help' for usage.`);
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = (parsed.values as Record<string, unknown>)[name];
    if (!spec.choices || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (!spec.choices.includes(v as string)) {
        throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')} (got "${v}")`);
      }
    }
  }
  return { options: parsed.values as ParsedOptions<S>, positionals: parsed.positionals };
}

/** Help text for a command's options, aligned. */
export function formatOptionsHelp(specs: OptionSpecs): string {
  const rows = Object.entries(specs).map(([name, s]) => {
    const flag = `${s.short ? `-${s.short}, ` : '    '}--${name}${s.type === 'string' ? ` <${s.value ?? 'value'}>` : ''}`;
    const choices = s.choices ? ` (${s.choices.join('|')})` : '';
    return [flag, s.help + choices] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`).join('\n');
}
