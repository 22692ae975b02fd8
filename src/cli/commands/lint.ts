import { SEVERITY_RANK, type Severity } from '../../core/types';
import type { LintReport } from '../../core/report';
import { RULES } from '../../../rules/index';
import { resolveRules } from '../../engine/resolve-rules';
import { runLint } from '../../engine/run-lint';
import { formatJson } from '../../formatters/json';
import { formatText } from '../../formatters/text';
import { readInputs } from '../../io/read-inputs';
import { parseInputs } from '../../resources/parse-inputs';
import { type OptionSpecs, formatOptionsHelp, parseCommandArgs } from '../args';
import { type CliIo, isInteractive, useColor } from '../cli-io';
import type { Command } from '../main';

export const LINT_OPTIONS = {
  format: { type: 'string', short: 'f', help: 'output format', value: 'format', choices: ['text', 'json'] },
  'fail-on': {
    type: 'string',
    help: 'exit 1 when a finding has at least this severity (default error)',
    value: 'severity',
    choices: ['error', 'warning', 'info', 'none'],
  },
} satisfies OptionSpecs;

export const command: Command = {
  summary: 'check manifests: YAML, schemas and lint rules',
  help: `Usage: kubeplan lint [options] [paths...]

Checks Kubernetes manifests (files, folders, or - for stdin; default: the current folder).

Options:
${formatOptionsHelp(LINT_OPTIONS)}`,
  async run(argv, io) {
    const { options, positionals } = parseCommandArgs('lint', argv, LINT_OPTIONS);
    const started = io.now();
    const paths = positionals.length > 0 ? positionals : ['.'];
    const read = await readInputs(paths, { readStdin: io.readStdin });
    const parsed = parseInputs(read.files);
    const { rules } = resolveRules(RULES, {});
    const report = runLint(parsed, { schema: null, rules, kubernetesVersion: '1.34', inputFindings: read.findings });
    io.stdout.write(formatReport(report, options.format ?? 'text', io, io.now() - started));
    if (read.ioError) return 2;
    return failsAt(report, (options['fail-on'] as Severity | 'none' | undefined) ?? 'error') ? 1 : 0;
  },
};

export function formatReport(report: LintReport, format: string, io: CliIo, elapsedMs: number): string {
  if (format === 'json') return formatJson(report);
  const interactive = isInteractive(io, io.stdout);
  return formatText(report, { color: useColor(io), ...(interactive ? { elapsedMs } : {}) });
}

export function failsAt(report: LintReport, level: Severity | 'none'): boolean {
  if (level === 'none') return false;
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}
