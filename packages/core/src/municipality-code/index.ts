export { municipalities, municipalityByCode, municipalityByName, type MunicipalityEntry } from './municipality-code.js';
export { counties, countyByCode, countyByRegionName, type CountyEntry } from './county.js';
