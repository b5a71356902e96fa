import { describe, expect, it } from 'vitest';
import { routes } from '@/router';

// The browser smoke journey opens every page listed in browser/routes.mjs; a page added to the router
// without being listed there would never be opened by it.
import { SMOKE_ROUTES } from '../browser/routes.mjs';

function paths(records: typeof routes, prefix = ''): string[] {
  return records.flatMap((r) => {
    const path = r.path.startsWith('/') ? r.path : `${prefix.replace(/\/$/, '')}/${r.path}`;
    const own = r.path.includes(':') || r.redirect ? [] : [path === '' ? '/' : path];
    return [...(r.component ? own : []), ...(r.children ? paths(r.children, path) : [])];
  });
}

describe('the smoke journey', () => {
  it('opens every page of the router', () => {
    expect([...SMOKE_ROUTES].sort()).toEqual([...new Set(paths(routes))].sort());
  });
});
