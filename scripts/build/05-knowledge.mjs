// A JSON snapshot of the knowledge base (build/knowledge.json): parsing the YAML files
// costs 100–270 ms at a cold start; the loader uses the snapshot while it matches them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export default async function knowledge(root) {
  mkdirSync(join(root, 'build'), { recursive: true });
  const { writeKnowledgeSnapshot } = await import(pathToFileURL(join(root, 'dist/knowledge/index.js')).href);
  writeKnowledgeSnapshot();
}
