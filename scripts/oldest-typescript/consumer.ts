// A consumer's file, type-checked with the oldest TypeScript the packages support (5.4): the public
// entry points and their types must resolve and check there too.
import { localize, validateAgreement, type Agreement } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';
import { SamverkanAreaList } from '@samverkan/elements';

const agreement: Agreement = malmo;
const result = validateAgreement(agreement, { locale: 'en' });
const codes: string[] = result.issues.map((issue) => issue.code);
const name: string = localize(agreement.name, 'sv');
const tag: typeof SamverkanAreaList = SamverkanAreaList;
export { codes, name, tag };
