import { a as projectEngineFiles } from "./config-BbrXQSKf.js";
import { r as useProjectEngines, t as loadDeps } from "./deps-BOrXBgQ1.js";
// dist/cli/project-deps.js
/**
* Loading dependencies for a command that reads one system file outside `lint`: the
* project's own engine profiles (`engines:` in the .archcap.yaml found from the working
* folder) join the knowledge base first, so every command accepts the same engines.
*/
async function loadProjectDeps(cwd = process.cwd()) {
	useProjectEngines(projectEngineFiles(cwd));
	return loadDeps();
}
export { loadProjectDeps as t };
