export { Department, DepartmentKind } from './department.js';
