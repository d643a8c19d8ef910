import { expect } from '@open-wc/testing';
import { ui as ar } from '@samverkan/core/locales/ar/ui';

interface Report {
  violations: string[];
  areas?: number[];
  principles?: number;
  summaryLinks?: number;
  requests?: string[];
  origin?: string;
  error?: string;
  headings?: string[];
}

/** Opens the test page (served with a strict CSP and Trusted Types) in a frame and waits for its report. */
function openPage(query = ''): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the CSP page sent no report')), 45_000);
    addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow) return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(e.data as Report);
    });
    frame.src = `/packages/elements/test/csp/page.html${query}`;
    document.body.append(frame);
  });
}

describe('the CDN bundle under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders every element, loads src, checks the form, and causes no securitypolicyviolation', async () => {
    const report = await openPage();
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.areas).to.deep.equal([5, 3]);
    expect(report.principles).to.equal(6);
    // Name given; areas, contact name, e-mail and consent missing.
    expect(report.summaryLinks).to.equal(4);
  });

  it('requests nothing but its own bundles and the agreement the page named', async () => {
    const report = await openPage();
    const requests = report.requests!.map((r) => new URL(r));
    expect(requests.every((u) => u.origin === report.origin)).to.equal(true);
    // The test server injects its own socket script into the page; it is the harness, not the bundle.
    const paths = requests.map((u) => u.pathname).filter((p) => !p.startsWith('/__web-dev-server'));
    expect(paths.filter((p) => !p.startsWith('/packages/elements/cdn/') && !p.startsWith('/packages/elements/test/csp/'))).to.deep.equal([
      '/examples/other-kommun/agreement.json',
    ]);
  });

  it('shows an Arabic page in Arabic, its pack loaded on demand, with no violation', async () => {
    const report = await openPage('?lang=ar&dir=rtl');
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.headings).to.deep.equal([ar.areaList.areas, ar.page.principles, ar.areaList.areas, ar.form.heading]);
    expect(report.summaryLinks).to.equal(4);
  });

  it('would see a violation: an inline style on the same page is reported (negative control)', async () => {
    const report = await openPage('?control');
    expect(report.violations.length).to.be.greaterThan(0);
    expect(report.violations.join(' ')).to.contain('style-src');
  });
});
