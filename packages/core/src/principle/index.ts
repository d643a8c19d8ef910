export { Principle, NationalPrincipleKey, NATIONAL_PRINCIPLES } from './principle.js';
