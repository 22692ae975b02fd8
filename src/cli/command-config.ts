import { relative, resolve, sep } from 'node:path';
import type { ParsedConfig } from '../config/config';
import { matchesGlob } from '../core/glob';
import { findConfigFile } from '../io/find-config-file';
import type { CliIo } from './cli-io';

/** The options every command that reads `.kubeplan.yaml` shares (`--config`, `--no-config`). */
export interface ConfigOptions {
  config?: string;
  'no-config'?: boolean;
}

/**
 * The configuration a command runs with: `--config FILE`, none with `--no-config`, else the
 * nearest `.kubeplan.yaml` from the working folder up. Invalid files throw a located ConfigError.
 */
export async function loadCommandConfig(options: ConfigOptions, io: CliIo): Promise<ParsedConfig | null> {
  if (options['no-config']) return null;
  // the configuration parser (and ajv, which validates it) is loaded only when there is a file to read
  const { readConfig } = await import('../io/read-config');
  if (options.config) return readConfig(resolve(io.cwd, options.config), options.config);
  const found = findConfigFile(io.cwd);
  return found ? readConfig(found, relative(io.cwd, found) || found) : null;
}

/** `ignorePaths` globs are relative to the configuration file's folder. */
export function buildIgnoreMatcher(config: ParsedConfig | null, cwd: string): ((path: string) => boolean) | undefined {
  const patterns = config?.config.ignorePaths;
  if (!config || !patterns || patterns.length === 0) return undefined;
  const base = resolve(cwd, config.file, '..');
  return (path) => {
    const rel = relative(base, resolve(cwd, path)).split(sep).join('/');
    return patterns.some((p) => matchesGlob(rel, p));
  };
}
