export {
  Organisation,
  LegalForm,
  OrganisationKind,
  FormalMarkers,
  REQUIRED_MARKERS,
  missingMarkers,
  isIdeburen,
  statesAllMarkers,
  isInformal,
  normaliseOrganisationName,
} from './organisation.js';
