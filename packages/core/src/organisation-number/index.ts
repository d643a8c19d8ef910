export {
  parseOrganisationNumber,
  groupsForLegalForm,
  type OrganisationNumber,
  type OrganisationNumberError,
  type LegalFormGroup,
} from './organisation-number.js';
