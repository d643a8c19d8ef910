// Runs in a page served under a strict CSP with Trusted Types. Counts every policy violation, loads the
// webmaster bundle, waits for the elements to render (one of them through src), fails a submit of the
// form, and reports to the test.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

const params = new URLSearchParams(location.search);
if (params.has('control')) {
  // Negative control: an inline style the policy forbids must be reported.
  const el = document.createElement('div');
  el.setAttribute('style', 'color: red');
  document.body.append(el);
}

// ?lang=ar: the same page in Arabic, right to left; the Arabic pack is a chunk loaded on demand.
if (params.get('lang')) {
  document.documentElement.lang = params.get('lang');
  document.documentElement.dir = params.get('dir') ?? 'ltr';
}

async function run() {
  await import('/packages/elements/cdn/samverkan.js');
  await customElements.whenDefined('samverkan-area-list');
  const remote = document.getElementById('remote');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && remote.shadowRoot?.querySelectorAll('[part~="item"]').length !== 3) {
    await new Promise((r) => setTimeout(r, 50));
  }
  // The form: type, fail a submit (its checks load as a chunk of their own), then see the error summary.
  const form = document.querySelector('samverkan-match-form');
  const name = form.shadowRoot.querySelector('input[name="name"]');
  name.focus();
  name.value = 'Läxhjälpen';
  name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  form.shadowRoot.querySelector('[part~="submit-button"]').click();
  const until = Date.now() + 5000;
  while (Date.now() < until && !form.shadowRoot.querySelector('[part~="error-summary"]')) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 100));
  const elements = [...document.querySelectorAll('samverkan-area-list, samverkan-principles, samverkan-match-form')];
  await Promise.all(elements.map((e) => e.updateComplete));
  const lists = [...document.querySelectorAll('samverkan-area-list')];
  parent.postMessage(
    {
      violations,
      areas: lists.map((l) => l.shadowRoot.querySelectorAll('[part~="item"]').length),
      principles: document.querySelector('samverkan-principles').shadowRoot.querySelectorAll('[part~="item"]').length,
      summaryLinks: form.shadowRoot.querySelectorAll('[part~="error-summary"] a').length,
      headings: elements.map((e) => e.shadowRoot.querySelector('[part~="heading"]').textContent.trim()),
      requests: performance.getEntriesByType('resource').map((r) => r.name),
      origin: location.origin,
    },
    '*',
  );
}
run().catch((e) => parent.postMessage({ error: String(e), violations }, '*'));
