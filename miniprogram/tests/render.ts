// Renders the built pages (dist/, `npm run build` first) with miniprogram-simulate against the fake wx. The pages
// and their api modules are loaded by Node's require, and the test's handles on those modules too, so both share one
// session and one cached profile. Each test file starts signed in as member 42 of organisation 100.
import { createRequire } from 'node:module';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { afterEach, beforeEach } from 'vitest';
import { FakeWx } from './fake-wx';

const DIST = path.resolve(__dirname, '../dist');
const require = createRequire(import.meta.url);
export const { session } = require(`${DIST}/api/session.js`);
const { profile } = require(`${DIST}/api/profile.js`);

export const fake = new FakeWx();
fake.install();

export type Page = ReturnType<typeof simulate.render>;
const pages: Page[] = [];

/** Opens a page as WeChat would: onLoad with the query, then onShow. */
export function open(page: string, query: Record<string, string> = {}): Page {
  const id = simulate.load(`${DIST}/pages/${page}`, { rootPath: DIST });
  const rendered = simulate.render(id);
  rendered.attach(document.createElement('parent-wrapper'));
  pages.push(rendered);
  const instance = rendered.instance as unknown as { onLoad?: (q: object) => void; onShow?: () => void };
  instance.onLoad?.(query);
  instance.onShow?.();
  return rendered;
}

export const text = (page: Page, selector = '') =>
  (selector ? page.querySelector(selector)?.dom?.textContent : page.dom?.textContent) ?? '';
/** An answer that never comes: the page stays loading. */
export const never = () => new Promise<never>(() => undefined);

export const ME = { accountId: '7', memberId: '42', orgId: '100', roles: ['MEMBER'], username: 'm42' };

beforeEach(() => {
  fake.reset();
  profile.forget();
  session.save({ accessToken: 'a', refreshToken: 'r' });
  fake.routes['GET /api/auth/me'] = { status: 200, body: ME };
});

afterEach(() => {
  pages.splice(0).forEach((p) => p.detach());
});
