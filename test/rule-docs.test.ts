import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index';
import { lintWithRule } from './support/rule-tester';

const rulesDir = new URL('../rules/', import.meta.url);
const EXAMPLE = /```yaml (valid|invalid)\n([\s\S]*?)```/g;

describe('rule registry', () => {
  it('is sorted by id, and every id is a rule file of the same name', () => {
    const ids = [...RULES.keys()];
    expect(ids).toEqual([...ids].sort());
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(ids).toEqual(files.sort());
    for (const [id, rule] of RULES) expect(rule.id).toBe(id);
  });

  it('every rule has a test file', () => {
    const files = new Set(readdirSync(rulesDir));
    for (const id of RULES.keys()) expect(files.has(`${id}.test.ts`), `${id}.test.ts`).toBe(true);
  });
});

describe.each([...RULES.values()].map((rule) => [rule.id, rule] as const))('docs of %s', (id, rule) => {
  const doc = readFileSync(new URL(`${id}.md`, rulesDir), 'utf8');

  it('has the id as title, the summary as first paragraph, and the meta facts', () => {
    const lines = doc.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[2]).toBe(rule.meta.summary);
    expect(doc).toContain(`- Category: ${rule.meta.category}`);
    expect(doc).toContain(`- Default severity: ${rule.meta.severity}`);
    for (const section of ['## Rationale', '## Examples', '## How to fix']) expect(doc).toContain(section);
    if (rule.meta.optionsSchema) expect(doc).toContain('## Options');
    // the messages kubeplan plan treats as the API server refusing the object are announced
    expect(doc.includes('- API server refusal: ')).toBe(rule.meta.refusals !== undefined);
  });

  const examples = [...doc.matchAll(EXAMPLE)].map((m) => ({ kind: m[1]!, code: m[2]! }));

  it('has at least one valid and one invalid example', () => {
    expect(examples.some((e) => e.kind === 'valid')).toBe(true);
    expect(examples.some((e) => e.kind === 'invalid')).toBe(true);
  });

  it.each(examples.map((e, i) => [i + 1, e.kind, e.code] as const))('example %i (%s) reports exactly the lines marked ✗', (_, kind, code) => {
    const marked = code
      .split('\n')
      .flatMap((line, i) => (/#\s*✗/.test(line) ? [i + 1] : []));
    if (kind === 'invalid') expect(marked.length).toBeGreaterThan(0);
    else expect(marked).toEqual([]);
    // Rules report in the order they walk an object; the CLI sorts findings by position, so do we.
    const lines = lintWithRule(rule, { code })
      .map((f) => f.finding.line)
      .sort((a, b) => a - b);
    expect(lines).toEqual(marked);
  });
});
