import { UsageError } from '../core/errors';

/** The Action's inputs (action.yml), read from the INPUT_* variables the runner sets. */
export interface ActionInputs {
  paths: string[];
  kubernetesVersion: string | null;
  strict: boolean;
  failOn: 'error' | 'warning' | 'info' | 'none' | null;
  config: string | null;
  context: string[];
  baseRef: string | null;
  annotate: 'changed' | 'all' | 'none';
  sarifFile: string | null;
  /** Plan the change too (kubeplan check); on by default. */
  plan: boolean;
  /** The nodes to plan onto: kubectl get nodes -o yaml, or node pools. */
  cluster: string | null;
}

/**
 * `INPUT_<NAME>`: the runner upper-cases the input's name and turns spaces into underscores
 * (hyphens stay), as @actions/core's getInput reads them. Values are trimmed.
 */
export function getInput(env: Readonly<Record<string, string | undefined>>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Several values: one per line, or separated by spaces on a line. */
function getList(env: Readonly<Record<string, string | undefined>>, name: string): string[] {
  return getInput(env, name)
    .split(/\s+/)
    .filter((v) => v !== '');
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function getBoolean(env: Readonly<Record<string, string | undefined>>, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes'].includes(value)) return true;
  if (['false', 'False', 'FALSE', 'off', 'Off', 'OFF', 'no'].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false (got "${value}")`);
}

function getChoice<T extends string>(env: Readonly<Record<string, string | undefined>>, name: string, choices: readonly T[]): T | null {
  const value = getInput(env, name);
  if (value === '') return null;
  if (!choices.includes(value as T)) throw new UsageError(`input ${name} must be one of ${choices.join(', ')} (got "${value}")`);
  return value as T;
}

export function readActionInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const paths = getList(env, 'paths');
  return {
    paths: paths.length > 0 ? paths : ['.'],
    kubernetesVersion: getInput(env, 'kubernetes-version') || null,
    strict: getBoolean(env, 'strict', true),
    failOn: getChoice(env, 'fail-on', ['error', 'warning', 'info', 'none'] as const),
    config: getInput(env, 'config') || null,
    context: getList(env, 'context'),
    baseRef: getInput(env, 'base-ref') || null,
    annotate: getChoice(env, 'annotate', ['changed', 'all', 'none'] as const) ?? 'changed',
    sarifFile: getInput(env, 'sarif-file') || null,
    plan: getBoolean(env, 'plan', true),
    cluster: getInput(env, 'cluster') || null,
  };
}
