// Registers every element: loads the element bundles beside this file, which share their code.
import './area-list.js';
import './principles.js';
import './match-form.js';
