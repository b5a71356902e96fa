// The portal's browser journeys, in a real Chromium (Debian's, driven by playwright-core), against a running
// platform: DJ_PORTAL_URL (the gateway, which serves the portal) and DJ_ADMIN_PASSWORD (the city administrator
// "admin"). e2e's PortalJourneysE2eTest runs this against the test run's platform; by hand:
//   DJ_PORTAL_URL=http://127.0.0.1:8080 DJ_ADMIN_PASSWORD=... npm run journeys
// Each journey saves screenshots under DJ_SCREENSHOTS (default target/screenshots) and prints its time.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { JOURNEYS } from './journeys.mjs';

const base = (process.env.DJ_PORTAL_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const adminPassword = process.env.DJ_ADMIN_PASSWORD;
if (!adminPassword) {
  console.error('DJ_ADMIN_PASSWORD is not set: the journeys sign in as the city administrator "admin"');
  process.exit(2);
}
const screenshots = path.resolve(process.env.DJ_SCREENSHOTS ?? 'target/screenshots');
fs.mkdirSync(screenshots, { recursive: true });
const only = process.env.DJ_JOURNEYS ? process.env.DJ_JOURNEYS.split(',') : null;

const browser = await chromium.launch({
  executablePath: process.env.DJ_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // as root in CI, without a GPU, on a machine whose network ends at localhost
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
});

// e2e passes the suffix it wrote into the members workbook (DJ_IMPORT_FILE) as the branch's code
const shared = { suffix: process.env.DJ_JOURNEY_SUFFIX ?? Date.now().toString(36).slice(-5).toUpperCase(), importFile: process.env.DJ_IMPORT_FILE,
  cadreImportFile: process.env.DJ_CADRE_IMPORT_FILE };
const failures = [];
const started = Date.now();
for (const journey of JOURNEYS) {
  if (only && !only.includes(journey.name)) continue;
  const begun = Date.now();
  try {
    const outcome = await journey.run({ browser, base, adminPassword, screenshots, shared });
    console.log(`journey ${journey.name}: ${outcome === 'skipped' ? 'skipped' : 'passed'} in ${((Date.now() - begun) / 1000).toFixed(1)} s`);
  } catch (error) {
    failures.push(journey.name);
    console.log(`journey ${journey.name}: FAILED after ${((Date.now() - begun) / 1000).toFixed(1)} s\n${error?.stack ?? error}`);
  }
}
await browser.close();
console.log(`journeys: ${failures.length === 0 ? 'all passed' : `failed: ${failures.join(', ')}`} in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${screenshots}`);
process.exit(failures.length === 0 ? 0 : 1);
