import type { Finding, Severity } from '../../engine/finding.js';
import type { RuleMeta } from '../../engine/rule-types.js';
import { firstUrl, INVALID_INPUT_RULE_ID } from './shared.js';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export const SARIF_LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

interface MultiformatMessage {
  text: string;
  markdown?: string;
}

export interface SarifRuleDescriptor {
  id: string;
  shortDescription: MultiformatMessage;
  fullDescription?: MultiformatMessage;
  help?: MultiformatMessage;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel; enabled?: boolean };
  properties: { tags: string[] };
}

const referenceMarkdown = (ref: string): string => (firstUrl([ref]) ? `<${ref}>` : ref);

/** Plain text and Markdown help: what is wrong, why it matters, how to fix it, where to read more. */
function help(rule: RuleMeta): MultiformatMessage {
  const text = [rule.description, `Why: ${rule.rationale}`, `How to fix: ${rule.fix}`];
  const markdown = [rule.description, `**Why.** ${rule.rationale}`, `**How to fix.** ${rule.fix}`];
  if (rule.references.length > 0) {
    text.push(['References:', ...rule.references.map((r) => `- ${r}`)].join('\n'));
    markdown.push(['**References**', '', ...rule.references.map((r) => `- ${referenceMarkdown(r)}`)].join('\n'));
  }
  return { text: text.join('\n\n'), markdown: markdown.join('\n\n') };
}

/** The category is the id's first part: `timeout/missing` is tagged `timeout`. */
const tagsOf = (id: string): string[] => {
  const category = id.includes('/') ? id.slice(0, id.indexOf('/')) : id;
  return [...new Set(['architecture', category])];
};

export function ruleDescriptor(rule: RuleMeta): SarifRuleDescriptor {
  const helpUri = rule.url ?? firstUrl(rule.references);
  return {
    id: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.description },
    help: help(rule),
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration:
      rule.severity === 'off' ? { level: 'none', enabled: false } : { level: SARIF_LEVEL[rule.severity] },
    properties: { tags: tagsOf(rule.id) },
  };
}

/** A descriptor for a rule id that has no metadata (a file that failed to load, a rule from elsewhere). */
function fallbackDescriptor(finding: Finding): SarifRuleDescriptor {
  const invalidInput = finding.ruleId === INVALID_INPUT_RULE_ID;
  return {
    id: finding.ruleId,
    shortDescription: {
      text: invalidInput ? 'The file could not be loaded or is not a valid system description.' : finding.ruleId,
    },
    defaultConfiguration: { level: invalidInput ? 'error' : SARIF_LEVEL[finding.severity] },
    properties: { tags: tagsOf(finding.ruleId) },
  };
}

/** One descriptor per rule that ran, then one per other rule id a result names; ids are unique. */
export function ruleDescriptors(rules: RuleMeta[], findings: Finding[]): SarifRuleDescriptor[] {
  const byId = new Map<string, SarifRuleDescriptor>();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, ruleDescriptor(rule));
  for (const f of findings) if (!byId.has(f.ruleId)) byId.set(f.ruleId, fallbackDescriptor(f));
  return [...byId.values()];
}
