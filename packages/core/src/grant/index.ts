export { GrantCategory, GrantTotal, AmountPrecision } from './grant.js';
