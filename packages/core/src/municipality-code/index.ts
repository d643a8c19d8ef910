export { municipalities, municipalityByCode, municipalityByName, type MunicipalityEntry } from './municipality-code.js';
