// Test support for the tests that open a whole page (an example or a guide's snippet) in a frame.

/** Opens a page in a frame of the test page, `src` or `srcdoc`, and waits until it has loaded. */
export async function openFrame(page: { src: string } | { srcdoc: string }, width = '1200px'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = width;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Waits until `ok()` holds, checking every 25 ms; fails with `what` after `timeout` ms. */
export async function waitFor(ok: () => boolean, what: string, timeout = 8000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The least a valid interest needs, by the form's field selectors: a name, an area, a contact, consent. */
export const MINIMAL_INTEREST: Record<string, string | true> = {
  'input[name="name"]': 'Läxhjälpen i Rosengård',
  'input[name="areas"][value="ungas-halsa-och-livsstil"]': true,
  'input[name="contactName"]': 'Anna Andersson',
  'input[name="contactEmail"]': 'anna@example.org',
  'input[name="consent"]': true,
};

/** Fills a `<samverkan-match-form>` as a user would — text typed in, boxes ticked — and sends it. */
export function fillAndSend(form: Element, values: Record<string, string | true>): void {
  const root = form.shadowRoot!;
  for (const [selector, value] of Object.entries(values)) {
    const input = root.querySelector<HTMLInputElement>(selector)!;
    if (value === true) input.click();
    else {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}
