import { expect } from '@open-wc/testing';
import { check as sv } from '@samverkan/core/locales/sv/check';
import { ui as ar } from '@samverkan/core/locales/ar/ui';
import { checkForm } from './check.js';
import { emptyState } from './form-state.js';

const meta = { id: 'test', submitted: '2019-05-13' };
const orgnrMessage = (organisationNumber: string, legalForm = '', words = sv) =>
  checkForm({ ...emptyState(), kind: 'organisation', name: 'Läxhjälpen', organisationNumber, legalForm }, words, meta).errors.organisationNumber;

describe('the form’s organisationsnummer message', () => {
  it('says what is wrong: the shape, a personnummer, the first digit, the check digit or the legal form', () => {
    expect(orgnrMessage('123')).to.equal(sv['orgnr-format']);
    expect(orgnrMessage('802000 0000')).to.equal(sv['orgnr-format']);
    expect(orgnrMessage('19900101-1234')).to.equal(sv['orgnr-personnummer']);
    expect(orgnrMessage('900101-2385')).to.equal(sv['orgnr-personnummer']);
    expect(orgnrMessage('402000-0001')).to.equal(sv['orgnr-group']);
    expect(orgnrMessage('212000-1125')).to.equal(sv['orgnr-checksum']);
    // 212000-1124 is in group 2 (public bodies, Svenska kyrkan's parishes), not a non-profit association's 8.
    expect(orgnrMessage('212000-1124', 'non-profit-association')).to.equal(sv['orgnr-legal-form']);
    expect(orgnrMessage('212000-1124', 'religious-community')).to.equal(undefined);
    expect(orgnrMessage('')).to.equal(undefined);
  });

  it('is worded in the page’s language', () => {
    expect(orgnrMessage('123', '', ar.check)).to.equal(ar.check['orgnr-format']);
  });
});
