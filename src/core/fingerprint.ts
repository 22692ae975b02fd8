import type { Finding } from './types';

/**
 * What a finding is about (rule, file, object, path, message), not where: unrelated edits that
 * move lines keep it. Baselines (with `file` relative to the baseline's folder) and SARIF's partial
 * fingerprints use it.
 */
export function fingerprint(f: Finding, file: string = f.file): string {
  const object = f.resource ? `${f.resource.kind}/${f.resource.namespace ?? ''}/${f.resource.name}` : '';
  return [f.rule, file, object, f.path ?? '', f.message].join('\u0000');
}
