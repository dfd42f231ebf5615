import { autocompleteCommand } from '../../cli/plugin-commands.js';

export default await autocompleteCommand('create');
