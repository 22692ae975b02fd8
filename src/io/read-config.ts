import { readFileSync } from 'node:fs';
import { type ParsedConfig, parseConfig } from '../config/config';
import { UsageError } from '../core/errors';

export { CONFIG_NAMES, findConfigFile } from './find-config-file';

/**
 * Reads and validates a configuration file (ConfigError with every problem, located).
 * `displayName` is how messages name the file (relative to the working folder).
 */
export function readConfig(path: string, displayName = path): ParsedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read configuration file ${displayName}`);
  }
  return parseConfig(displayName, text);
}
