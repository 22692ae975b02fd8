import { RULES } from '../../../rules/index';
import { UsageError } from '../../core/errors';
import { suggestName } from '../../core/suggest';
import { readRuleDoc } from '../../io/read-rule-doc';
import type { Command } from '../main';

export const command: Command = {
  summary: "print a rule's documentation",
  help: `Usage: kubeplan explain RULE

Prints the rule's documentation: what it checks, why, examples, options and how to fix.`,
  async run(argv, io) {
    const [id, ...extra] = argv;
    if (!id || extra.length > 0) throw new UsageError('usage: kubeplan explain RULE (see kubeplan rules)');
    const rule = RULES.get(id);
    if (!rule) {
      const suggestion = suggestName(id, RULES.keys());
      throw new UsageError(`unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; 'kubeplan rules' lists them`);
    }
    io.stdout.write(readRuleDoc(id));
    return 0;
  },
};
