export { Joining, JoiningInstrument, JoiningMethod, PartialDate, joinedOn } from './joining.js';
