// Takes the README's screenshots from the running demo (pnpm demo): the page, and the form after a
// submit with nothing filled in, showing its error summary. Usage: node scripts/screenshots.mjs [base URL]
import { createRequire } from 'node:module';

// puppeteer-core comes with the test runner's Chrome launcher.
const require = createRequire(createRequire(import.meta.url).resolve('@web/test-runner-chrome'));
const puppeteer = require('puppeteer-core');

const base = process.argv[2] ?? 'http://localhost:5173';
const out = new URL('../../../docs/images/', import.meta.url).pathname;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${base}/examples/embed/`, { waitUntil: 'networkidle0' });
  await page.screenshot({ path: `${out}demo.png` });
  const form = await page.$('samverkan-match-form');
  await page.evaluate((el) => el.shadowRoot.querySelector('[part~="submit-button"]').click(), form);
  await page.waitForFunction((el) => el.shadowRoot.querySelector('[part~="error-summary"]'), {}, form);
  await page.evaluate((el) => el.scrollIntoView(), form);
  await new Promise((r) => setTimeout(r, 200));
  // The top of the form: the error summary and the first fields with their messages.
  const box = await form.boundingBox();
  await form.screenshot({ path: `${out}match-form-errors.png`, clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 900) } });
  console.log(`Wrote ${out}demo.png and ${out}match-form-errors.png`);
} finally {
  await browser.close();
}
