export { Hosting, HostingAgreement, Side, isInForce } from './hosting.js';
