import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ParsedConfig, parseConfig } from '../config/config';
import { UsageError } from '../core/errors';

export const CONFIG_NAMES = ['.kubeplan.yaml', '.kubeplan.yml'];

/** The nearest .kubeplan.yaml from `start` up to the file system root, or null. */
export function findConfigFile(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Reads and validates a configuration file (ConfigError with every problem, located).
 * `displayName` is how messages name the file (relative to the working folder).
 */
export async function readConfig(path: string, displayName = path): Promise<ParsedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read configuration file ${displayName}`);
  }
  return parseConfig(displayName, text);
}
