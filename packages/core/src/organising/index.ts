export { Conference, Forum, ForumMember, Meeting, Organising, Secretariat, WayOfOrganising } from './organising.js';
export { DEFAULT_WAYS, WAYS_OF_ORGANISING, uses } from './ways.js';
