export { toListing, type AgreementListing, type ListingArea, type ListingCollaboration } from './listing.js';
