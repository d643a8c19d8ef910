import { expect } from '@open-wc/testing';

interface FrameReport {
  violations: string[];
  heading: string | null | undefined;
}

/** Loads a page in a frame and reports its CSP violations and the editor's start heading once it shows. */
function load(src: string | { srcdoc: string }): Promise<FrameReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const violations: string[] = [];
    const timer = setTimeout(() => reject(new Error(`the editor did not start in ${JSON.stringify(src).slice(0, 80)}`)), 60_000);
    frame.addEventListener('load', () => {
      const win = frame.contentWindow!;
      win.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const poll = () => {
        const heading = win.document.querySelector('samverkan-agreement-editor')?.shadowRoot?.getElementById('start-heading')?.textContent;
        if (heading) {
          clearTimeout(timer);
          frame.remove();
          resolve({ violations, heading });
        } else requestAnimationFrame(poll);
      };
      poll();
    });
    if (typeof src === 'string') frame.src = src;
    else frame.srcdoc = src.srcdoc;
    document.body.append(frame);
  });
}

describe('the editor’s ready page, examples/editor/', () => {
  it('starts under the demo’s strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const report = await load('/examples/editor/index.html');
    expect(report.violations).to.deep.equal([]);
    expect(report.heading).to.equal('Börja skriva en överenskommelse');
  });
});

describe('the guides’ editor examples, run as written', () => {
  for (const guide of ['docs/guides/anpassa.md', 'docs/guides/adapting.md', 'packages/editor/README.md']) {
    it(`${guide}: every html block with the editor starts it`, async () => {
      const text = await (await fetch(`/${guide}`)).text();
      const blocks = [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => b.includes('<samverkan-agreement-editor'));
      expect(blocks.length, 'blocks with the editor').to.be.greaterThan(0);
      for (const block of blocks) {
        // The guides load the bundle from where the demo serves it.
        const report = await load({ srcdoc: `<!doctype html><html><head><base href="${location.origin}/"></head><body>${block}</body></html>` });
        expect(report.heading).to.be.a('string');
      }
    });
  }
});
