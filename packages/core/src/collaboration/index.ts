export {
  Collaboration,
  CollaborationForm,
  CollaborationBasis,
  Partner,
  PartnerSector,
} from './collaboration.js';
