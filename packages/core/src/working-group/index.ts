export { WorkingGroup, WorkingGroupMembership, WorkingGroupRole } from './working-group.js';
