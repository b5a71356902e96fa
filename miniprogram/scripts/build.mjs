// Builds dist/, the project WeChat's developer tools open and upload: the TypeScript compiled by tsc, the pages'
// templates, styles and settings copied, and only the Vant Weapp components the pages use (with the components
// those use), as the developer tools' "build npm" would but without the 2 MB of the rest. Fails when a page in
// app.json is missing a file or the main package is over WeChat's limit. DJ_GATEWAY_URL sets the gateway the
// build talks to (a city's https address; the developer's local ./platform by default).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve('src');
const DIST = path.resolve('dist');
const VANT = path.resolve('node_modules/@vant/weapp/lib');
const VANT_PREFIX = '/miniprogram_npm/@vant/weapp/';
const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024; // WeChat refuses to upload a main package above 2 MB
const ASSETS = new Set(['.wxml', '.wxss', '.json', '.wxs', '.png', '.jpg', '.svg']);

fs.rmSync(DIST, { recursive: true, force: true });
execFileSync(path.resolve('node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { stdio: 'inherit' });

const files = (dir) => fs.readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

for (const file of files(SRC)) {
  if (ASSETS.has(path.extname(file)) && !file.includes(`${path.sep}generated${path.sep}`)) {
    const target = path.join(DIST, path.relative(SRC, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
}

if (process.env.DJ_GATEWAY_URL) {
  const config = path.join(DIST, 'config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8')
    .replace(/gateway: '[^']*'/, `gateway: ${JSON.stringify(process.env.DJ_GATEWAY_URL)}`));
}

// the Vant components the pages name, then the ones those name, then the shared code all of them require
const wanted = new Set();
const usedBy = (json) => Object.values(JSON.parse(fs.readFileSync(json, 'utf8')).usingComponents ?? {});
for (const json of files(DIST).filter((f) => f.endsWith('.json'))) {
  for (const used of usedBy(json).filter((u) => u.startsWith(VANT_PREFIX))) {
    wanted.add(used.slice(VANT_PREFIX.length).split('/')[0]);
  }
}
const queue = [...wanted];
while (queue.length > 0) {
  const name = queue.shift();
  for (const used of usedBy(path.join(VANT, name, 'index.json'))) {
    const other = path.basename(path.dirname(used));
    if (!wanted.has(other)) {
      wanted.add(other);
      queue.push(other);
    }
  }
}
for (const name of [...wanted, 'common', 'mixins', 'wxs', 'definitions']) {
  fs.cpSync(path.join(VANT, name), path.join(DIST, 'miniprogram_npm/@vant/weapp', name), { recursive: true });
}

const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'));
const pages = [...app.pages, ...(app.subpackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
const missing = pages.flatMap((page) => ['.js', '.wxml', '.json'].map((ext) => `${page}${ext}`))
  .filter((file) => !fs.existsSync(path.join(DIST, file)));
if (missing.length > 0) {
  console.error(`app.json lists pages whose files are missing: ${missing.join(', ')}`);
  process.exit(1);
}

const subpackageRoots = (app.subpackages ?? []).map((p) => path.join(DIST, p.root) + path.sep);
const main = files(DIST).filter((f) => !subpackageRoots.some((root) => f.startsWith(root)));
const bytes = main.reduce((sum, f) => sum + fs.statSync(f).size, 0);
console.log(`main package: ${main.length} files, ${(bytes / 1024).toFixed(1)} KB (limit ${MAIN_PACKAGE_LIMIT / 1024} KB);`
  + ` ${pages.length} pages; Vant components: ${[...wanted].sort().join(', ')}`);
if (bytes > MAIN_PACKAGE_LIMIT) {
  console.error('the main package is over WeChat\'s 2 MB limit: move pages into a sub-package (app.json "subpackages")');
  process.exit(1);
}
