// dist/cli/plugin-commands.js
async function autocompleteCommand(name) {
	return (await import(new URL(`./commands/autocomplete/${name}.js`, import.meta.resolve("@oclif/plugin-autocomplete")).href)).default;
}
export { autocompleteCommand as t };
