import { type LintReport, compareStrings } from '../core/report';
import type { Finding, ObjectRef } from '../core/types';
import { formatObjectName } from '../core/object-name';
import { joinInParts } from './join-in-parts';

/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure): one testsuite per
 * file, one testcase per object (clean objects pass), one failure per finding. Findings that
 * belong to no object (YAML syntax, unreadable files) are failures of a testcase named after the
 * file. No timings, so the same input gives the same bytes.
 */
export function formatJunit(report: LintReport): string {
  return [...formatJunitParts(report)].join('');
}

/** formatJunit's text in consecutive parts of about 64K characters, whole lines (see joinInParts). */
export function formatJunitParts(report: LintReport): Generator<string> {
  return joinInParts(junitLines(report), '\n');
}

/** The lines of the JUnit XML, one at a time. */
function* junitLines(report: LintReport): Generator<string> {
  interface Case {
    name: string;
    order: number;
    failures: Finding[];
  }
  const suites = new Map<string, Map<string, Case>>();
  const suite = (file: string) => suites.get(file) ?? suites.set(file, new Map()).get(file)!;
  for (const file of report.sources.keys()) suite(file);
  for (const o of report.objects) {
    const cases = suite(o.file);
    const key = refKey(o.ref);
    if (!cases.has(key)) cases.set(key, { name: describeRef(o.ref), order: o.line, failures: [] });
  }
  for (const f of report.findings) {
    const cases = suite(f.file);
    const key = f.resource ? refKey(f.resource) : '';
    let c = cases.get(key);
    if (!c) {
      c = { name: f.resource ? describeRef(f.resource) : f.file, order: f.resource ? f.line : 0, failures: [] };
      cases.set(key, c);
    }
    c.failures.push(f);
  }
  const files = [...suites.keys()].sort(compareStrings);
  const casesOf = files.map((file) => [...suites.get(file)!.values()].sort((a, b) => a.order - b.order || compareStrings(a.name, b.name)));
  const failuresOf = casesOf.map((cases) => cases.reduce((n, c) => n + c.failures.length, 0));
  const tests = casesOf.reduce((n, cases) => n + cases.length, 0);
  const failures = failuresOf.reduce((n, count) => n + count, 0);

  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield `<testsuites name="kubeplan" tests="${tests}" failures="${failures}" errors="0">`;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const cases = casesOf[i]!;
    yield `  <testsuite name="${attr(file)}" tests="${cases.length}" failures="${failuresOf[i]}" errors="0" skipped="0">`;
    for (const c of cases) {
      const open = `    <testcase classname="${attr(file)}" name="${attr(c.name)}"`;
      if (c.failures.length === 0) {
        yield `${open}/>`;
        continue;
      }
      yield `${open}>`;
      for (const f of c.failures) {
        const detail = [`${f.severity} ${f.rule} at ${f.file}:${f.line}:${f.column}`];
        if (f.path) detail.push(`path: ${f.path}`);
        for (const r of f.related ?? []) detail.push(`related: ${r.file}:${r.location.line}:${r.location.column} ${r.message}`);
        if (f.fix) detail.push(`fix: ${f.fix}`);
        yield `      <failure message="${attr(f.message)}" type="${attr(f.rule)}">${text(detail.join('\n'))}</failure>`;
      }
      yield '    </testcase>';
    }
    yield '  </testsuite>';
  }
  yield '</testsuites>';
}

function refKey(ref: ObjectRef): string {
  return `${ref.apiVersion}\u0000${ref.kind}\u0000${ref.namespace ?? ''}\u0000${ref.name}`;
}

function describeRef(ref: ObjectRef): string {
  return formatObjectName(ref.kind, ref.namespace, ref.name);
}

/** Characters XML 1.0 cannot carry at all (controls, lone surrogates) become U+FFFD. */
function xmlSafe(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function text(value: string): string {
  if (!TEXT_SPECIAL.test(value)) return value;
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and keep line breaks and tabs as character references. */
function attr(value: string): string {
  if (!ATTR_SPECIAL.test(value)) return value;
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

// what text() and attr() change, found in one pass: most values have none of it (surrogates go the long way, pairs included)
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ATTR_SPECIAL = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
