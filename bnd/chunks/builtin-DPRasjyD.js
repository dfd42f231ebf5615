import { o as locateIn, s as parseYaml } from "./validate-CY0BQx8e.js";
import { n as ruleProblems, r as toRule, t as problemsToError } from "./rule-file-JQenpjRl.js";
import { join } from "node:path";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
// dist/engine/builtin.js
/**
* The built-in rules: `rules/<category>/<name>.yaml`. The build bundles them
* into `build/rules.json` so start-up parses one JSON file; sources are read
* directly when the bundle is missing (and always under test, so edits count).
*/
const RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../../build/rules.json", import.meta.url));
let cached;
function builtinRules() {
	if (cached) return cached;
	if (!process.env["VITEST"] && existsSync(BUNDLE)) cached = JSON.parse(readFileSync(BUNDLE, "utf8"));
	else cached = readRuleSources({ checkOptions: true });
	return cached;
}
/** Every rule file under rules/ (except the knowledge base), validated. */
function readRuleSources(options) {
	const rules = [];
	for (const category of readdirSync(RULES_DIR, { withFileTypes: true })) {
		if (!category.isDirectory() || category.name === "knowledge") continue;
		for (const file of readdirSync(join(RULES_DIR, category.name)).filter((f) => f.endsWith(".yaml")).sort()) {
			const path = join(RULES_DIR, category.name, file);
			const relative = `rules/${category.name}/${file}`;
			const parsed = parseYaml(relative, readFileSync(path, "utf8"));
			const def = parsed.value;
			const problems = ruleProblems(def, "", options);
			if (problems.length) throw problemsToError(relative, problems, (p) => locateIn(parsed.positions, p));
			rules.push(toRule(def, relative));
		}
	}
	return rules.sort((a, b) => a.id.localeCompare(b.id));
}
export { builtinRules as t };
