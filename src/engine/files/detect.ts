/**
 * Telling a system description from other YAML (CI workflows, compose files,
 * Kubernetes manifests, the config itself) without parsing it: a system
 * description has top-level `version: 1` and `name:` keys (the schema requires
 * both), or names the archcap schema in its yaml-language-server modeline.
 */
const VERSION_ONE = /^version:[ \t]*["']?1["']?[ \t]*(?:#.*)?$/m;
const NAME = /^name:/m;
const SCHEMA_MODELINE = /^#\s*yaml-language-server:\s*\$schema=\S*archcap\S*$/m;

export function looksLikeSystemDescription(text: string): boolean {
  return (VERSION_ONE.test(text) && NAME.test(text)) || SCHEMA_MODELINE.test(text);
}

export const DETECTION_RULE = 'top-level `version: 1` and `name:` lines (or a yaml-language-server modeline naming the archcap schema)';
