import { t as autocompleteCommand } from "../../chunks/plugin-commands-CMV4IQ-w.js";
// dist/commands/autocomplete/index.js
var autocomplete_default = await autocompleteCommand("index");
export { autocomplete_default as default };
