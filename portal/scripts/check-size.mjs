// Fails the build when the first load (index.html's own script and style, and what they import up front)
// exceeds the budget gzipped. Pages are split by route and load when opened, so they are not counted.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const LIMIT_KB = Number(process.env.DJ_PORTAL_FIRST_LOAD_KB ?? 500);
const dist = path.resolve('dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const seen = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  if (file.endsWith('.js')) {
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    // static imports only: import{..}from"./x.js" and import"./x.js"; dynamic import() is a route's page
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+)["']/g)) {
      queue.push(`assets/${m[1]}`);
    }
  }
}
let total = 0;
for (const file of seen) {
  total += zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length;
}
const kb = total / 1024;
console.log(`first load: ${seen.size} files, ${kb.toFixed(1)} KB gzipped (limit ${LIMIT_KB} KB)`);
if (kb > LIMIT_KB) {
  console.error(`the first load is over ${LIMIT_KB} KB gzipped: split the page that grew it by route`);
  process.exit(1);
}
