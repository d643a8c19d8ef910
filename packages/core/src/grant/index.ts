export { Grant, GrantCategory, GrantTotal, AmountPrecision } from './grant.js';
