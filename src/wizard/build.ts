/**
 * Answers → a commented system YAML that loads. The document is built from the answers,
 * loaded like any system file (so an inconsistent answer is caught here, named by its
 * path), classified, and then annotated with what archcap makes of each choice.
 */
import { Document } from 'yaml';
import { classifySystem } from '../analysis/system.js';
import { InputError } from '../errors.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { loadSystemText, type LoadDeps } from '../model/load.js';
import type { Answers } from './answers.js';
import { AnswerError } from './errors.js';
import { dataNotes } from './notes-data.js';
import { serviceNotes } from './notes-services.js';
import { headerNote, type Note, requirementNotes, sectionNotes } from './notes-system.js';
import { toRaw } from './to-raw.js';
import { note, spaceSections, styleDocument } from './yaml-notes.js';

export interface BuildOptions {
  deps: LoadDeps;
  kb: KnowledgeBase;
  /** The file name the YAML will have, for messages and the header's commands. */
  file?: string;
  /** The schema reference for the modeline, relative to where the file is written (default: from the working folder). */
  schemaRef?: string;
}

const SECTIONS = ['regions', 'requirements', 'datastores', 'datasets', 'messaging', 'services', 'workflows', 'locks', 'consumers'];
const TO_STRING = { lineWidth: 100, flowCollectionPadding: true } as const;

/** The YAML text for `answers`; throws AnswerError when the answers do not make a valid system. */
export function buildSystemYaml(answers: Answers, options: BuildOptions): string {
  const file = options.file ?? 'system.yaml';
  const doc = new Document(toRaw(answers));
  styleDocument(doc);
  spaceSections(doc, SECTIONS);
  let loaded;
  try {
    loaded = loadSystemText(file, doc.toString(TO_STRING), options.deps);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const first = error.diagnostics[0];
    const reasons = error.diagnostics.map((d) => (d.path && d.message.startsWith(`${d.path}: `) ? d.message.slice(d.path.length + 2) : d.message));
    throw new AnswerError('invalid-system', first?.path ?? '', '', reasons.join('; '));
  }
  const model = loaded.model;
  const notes: Note[] = [
    headerNote(model, file, options.schemaRef),
    ...sectionNotes(model),
    ...requirementNotes(model),
    ...dataNotes(model, classifySystem(model, options.kb), options.kb),
    ...serviceNotes(model),
  ];
  for (const n of notes) note(doc, n.path, n.text, n.where);
  return doc.toString(TO_STRING);
}
