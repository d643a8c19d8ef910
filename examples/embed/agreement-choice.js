// The demo's choice of agreement. ?agreement=goteborg (or vastra-gotaland, uppsala) makes the page's
// three elements load that agreement's JSON with `src`; no choice shows the built-in Malmöandan. Only the
// names listed here are honoured, so the address bar cannot point the page at any other URL.
const AGREEMENTS = {
  goteborg: '/examples/goteborg/agreement.json',
  'vastra-gotaland': '/examples/vastra-gotaland/agreement.json',
  uppsala: '/examples/uppsala/agreement.json',
};

const asked = new URLSearchParams(location.search).get('agreement') ?? '';
const chosen = Object.hasOwn(AGREEMENTS, asked) ? asked : '';

for (const link of document.querySelectorAll('[data-agreement]')) {
  if (link.dataset.agreement === chosen) link.setAttribute('aria-current', 'page');
  else link.removeAttribute('aria-current');
}

if (chosen) {
  const src = AGREEMENTS[chosen];
  for (const element of document.querySelectorAll('[data-follows-choice]')) {
    element.setAttribute('src', src);
    // The demo's public candidates are Malmö's; matching another agreement's interests against them means nothing.
    element.removeAttribute('candidates-src');
  }
  for (const malmo of document.querySelectorAll('[data-malmo]')) malmo.hidden = true;
  for (const other of document.querySelectorAll('[data-other]')) other.hidden = false;
  // The page's heading and title name the agreement shown (as text: nothing from the file becomes markup).
  fetch(src)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((agreement) => {
      const name = agreement?.name?.sv;
      if (typeof name !== 'string') return;
      document.querySelector('h1').textContent = name;
      document.title = `${name} – samverkan`;
    })
    .catch(() => {
      // The elements show their own error box when the file cannot be read; the heading keeps its text.
    });
}
