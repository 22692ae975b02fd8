import type { Finding } from './types';

/**
 * What a finding is about (rule, file, object, path, message), not where: unrelated edits that
 * move lines keep it. Baselines and SARIF's partial fingerprints use it.
 */
export function fingerprint(f: Finding): string {
  const object = f.resource ? `${f.resource.kind}/${f.resource.namespace ?? ''}/${f.resource.name}` : '';
  return [f.rule, f.file, object, f.path ?? '', f.message].join('\u0000');
}
