export {
  Organisation,
  LegalForm,
  OrganisationKind,
  FormalMarkers,
  REQUIRED_MARKERS,
  missingMarkers,
  isIdeburen,
  isInformal,
  normaliseOrganisationName,
} from './organisation.js';
