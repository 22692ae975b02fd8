import { RULES } from '../../../rules/index';
import { UsageError } from '../../core/errors';
import { type OptionSpecs, formatOptionsHelp, parseCommandArgs } from '../args';
import type { Command } from '../main';

const CATEGORIES = ['correctness', 'reliability', 'security', 'best-practice'] as const;

const OPTIONS = {
  category: { type: 'string', help: 'only rules of this category', value: 'category', choices: CATEGORIES },
  format: { type: 'string', short: 'f', help: 'output format (default text)', value: 'format', choices: ['text', 'json'] },
} satisfies OptionSpecs;

export const command: Command = {
  summary: 'list the lint rules',
  help: `Usage: kubeplan rules [options]

Lists every rule with its category, default severity and summary. Opt-in rules are marked.

Options:
${formatOptionsHelp(OPTIONS)}`,
  async run(argv, io) {
    const { options, positionals } = parseCommandArgs('rules', argv, OPTIONS);
    if (positionals.length > 0) throw new UsageError(`'kubeplan rules' takes no arguments; did you mean 'kubeplan explain ${positionals[0]}'?`);
    const rules = [...RULES.values()].filter((r) => !options.category || r.meta.category === options.category);
    if (options.format === 'json') {
      const list = rules.map((r) => ({
        id: r.id,
        category: r.meta.category,
        severity: r.meta.severity,
        optIn: Boolean(r.meta.optIn),
        summary: r.meta.summary,
      }));
      io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      return 0;
    }
    const idWidth = Math.max(4, ...rules.map((r) => r.id.length));
    const lines = [`${'RULE'.padEnd(idWidth)}  ${'CATEGORY'.padEnd(13)}  ${'SEVERITY'.padEnd(8)}  SUMMARY`];
    for (const r of rules) {
      const severity = r.meta.optIn ? `${r.meta.severity}*` : r.meta.severity;
      lines.push(`${r.id.padEnd(idWidth)}  ${r.meta.category.padEnd(13)}  ${severity.padEnd(8)}  ${r.meta.summary}`);
    }
    lines.push('', `${rules.length} rules. * opt-in: enable in .kubeplan.yaml. 'kubeplan explain RULE' shows a rule's documentation.`);
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
