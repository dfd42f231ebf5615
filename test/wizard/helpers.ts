import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { systemSchema } from '../../src/model/deps.js';
import type { Answers, Draft, WizardContext } from '../../src/wizard/index.js';
import { answersFromValues } from '../../src/wizard/index.js';

export const ctx = (): WizardContext => ({ kb: loadKnowledge(), schema: systemSchema() });

export const fixtureValues = (name: string): Draft => parse(readFileSync(new URL(`../fixtures/answers/${name}.yaml`, import.meta.url), 'utf8')) as Draft;

export const fixtureAnswers = (name: string): Promise<Answers> => answersFromValues(fixtureValues(name), ctx());
