export {
  Organisation,
  LegalForm,
  OrganisationKind,
  FormalMarkers,
  isIdeburen,
  isInformal,
  normaliseOrganisationName,
} from './organisation.js';
