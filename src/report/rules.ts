/** Text for `archcap rules` and `archcap explain`. */
import type { RuleMeta } from '../engine/rule-types.js';
import type { Rule } from '../engine/types.js';

const SEVERITY_COLOUR: Record<string, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[34m', off: '\u001b[2m' };

export function formatRuleTable(rules: RuleMeta[], color: boolean): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length), 4);
  const lines = rules.map((r) => {
    const sev = r.severity.padEnd(8);
    return `${r.id.padEnd(idWidth)}  ${color ? `${SEVERITY_COLOUR[r.severity] ?? ''}${sev}\u001b[0m` : sev}  ${r.summary}`;
  });
  return `${'rule'.padEnd(idWidth)}  severity  summary\n${lines.join('\n')}\n\n${rules.length} rules. \`archcap explain RULE\` tells more about one.\n`;
}

function indent(text: string, by = '  '): string {
  return text
    .trim()
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

export function explainRule(rule: Rule): string {
  const parts = [
    `${rule.id} (${rule.severity})`,
    rule.summary,
    '',
    'What it checks',
    indent(rule.description),
    '',
    'Why it matters',
    indent(rule.rationale),
  ];
  if (rule.examples?.invalid) parts.push('', 'Reported', indent(rule.examples.invalid, '    '));
  if (rule.examples?.valid) parts.push('', 'Not reported', indent(rule.examples.valid, '    '));
  parts.push('', 'How to fix it', indent(rule.fix), '', 'References', ...rule.references.map((r) => `  - ${r}`));
  if (rule.url) parts.push('', `Read first: ${rule.url}`);
  return `${parts.join('\n')}\n`;
}
