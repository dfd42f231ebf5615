import { t as autocompleteCommand } from "../../chunks/plugin-commands-CMV4IQ-w.js";
// dist/commands/autocomplete/script.js
var script_default = await autocompleteCommand("script");
export { script_default as default };
