/** An engine's own settings, asked with the values its knowledge-base profile accepts. */
import type { SettingSpec } from '../knowledge/types.js';
import type { Question, Scope } from './types.js';
import { atLeast } from './validators.js';

/** The first sentence of a setting's description, short enough for a prompt line. */
export function shortDescription(text: string, max = 90): string {
  const first = (text.replace(/\s+/g, ' ').trim().split(/(?<=\.)\s/)[0] ?? '').replace(/\.$/, '');
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

export function settingQuestion(name: string, spec: SettingSpec): Question {
  const about = shortDescription(spec.description);
  const base = { id: `settings.${name}`, ...(spec.default === undefined ? {} : { default: spec.default }) };
  if (spec.type === 'enum') {
    return { ...base, kind: 'select', message: `${name}: ${about}`, choices: () => (spec.values ?? []).map((v) => ({ value: v, name: String(v) })) };
  }
  if (spec.type === 'boolean') return { ...base, kind: 'confirm', message: `${name}? ${about}`, default: spec.default ?? false };
  return { ...base, kind: 'number', message: `${name}: ${about}`, validate: atLeast(spec.minimum ?? 0) };
}

/** One question per setting of the engine chosen in the current item (`engine`). */
export function engineSettingQuestions(s: Scope): Question[] {
  const profile = s.kb.engines.get(String(s.item['engine']));
  return profile ? Object.entries(profile.settings).map(([name, spec]) => settingQuestion(name, spec)) : [];
}
