/**
 * The schema as editors see it: yaml-language-server (the engine of the VS Code
 * YAML extension) loads it from each file's modeline, validates and completes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Diagnostic {
  message: string;
}
interface LanguageService {
  configure(settings: Record<string, unknown>): void;
  doValidation(doc: unknown, isKubernetes: boolean): Promise<Diagnostic[]>;
  doComplete(doc: unknown, position: unknown, isKubernetes: boolean): Promise<{ items: { label: string }[] }>;
}
interface TextDocumentLike {
  getText(): string;
  positionAt(offset: number): unknown;
}

const require = createRequire(import.meta.url);
const { getLanguageService } = require('yaml-language-server/out/server/src/languageservice/yamlLanguageService.js') as {
  getLanguageService(params: Record<string, unknown>): LanguageService;
};
const { TextDocument } = require('vscode-languageserver-textdocument') as { TextDocument: { create(uri: string, lang: string, version: number, text: string): TextDocumentLike } };

const service = getLanguageService({
  schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
});
service.configure({ validate: true, completion: true, hover: true, schemas: [] });
const EXAMPLES = join(ROOT, 'examples');
const open = (file: string, text: string): TextDocumentLike => TextDocument.create(pathToFileURL(file).href, 'yaml', 1, text);
const MODELINE = '# yaml-language-server: $schema=../schema/system.schema.json\n';

describe('the schema in yaml-language-server', () => {
  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')))('finds nothing wrong with %s, through its modeline', async (file) => {
    const doc = open(join(EXAMPLES, file), readFileSync(join(EXAMPLES, file), 'utf8'));
    expect(await service.doValidation(doc, false)).toEqual([]);
  });

  it('explains a malformed unit in words, not as a regular expression', async () => {
    const doc = open(join(EXAMPLES, 'draft.yaml'), `${MODELINE}version: 1\nname: x\nservices:\n  - name: a\n    calls: [{ service: b, timeout: 2 seconds }]\n  - name: b\n`);
    const messages = (await service.doValidation(doc, false)).map((d) => d.message);
    expect(messages).toEqual(['Expected a duration: a number and a unit (ms, s, m, h, d), e.g. 250ms, 2s, 5m.']);
  });

  it('offers the known regions and engines as completions', async () => {
    const text = `${MODELINE}version: 1\nname: x\nregions: [aws:us-east-1]\n`;
    const doc = open(join(EXAMPLES, 'draft-regions.yaml'), text);
    const regions = (await service.doComplete(doc, doc.positionAt(text.indexOf('aws:us-east-1')), false)).items.map((i) => i.label);
    expect(regions).toEqual(expect.arrayContaining(['aws:us-east-1', 'gcp:europe-west1', 'azure:westeurope']));
    const blank = `${MODELINE}version: 1\nname: x\ndatastores:\n  - name: db\n    engine: \n`;
    const draft = open(join(EXAMPLES, 'draft-engines.yaml'), blank); // a URI of its own: the service caches documents by URI and version
    const engines = (await service.doComplete(draft, draft.positionAt(blank.indexOf('engine: ') + 8), false)).items.map((i) => i.label);
    expect(engines).toEqual(expect.arrayContaining(['cassandra', 'cockroachdb', 'postgres']));
  });
});
