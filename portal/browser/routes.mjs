// Every page of the portal, opened by the smoke journey at desktop and phone widths (tests/routes.test.ts
// fails when the router has a page this list lacks). '/login' is opened signed out.
export const SMOKE_ROUTES = ['/login', '/password', '/', '/orgs', '/members', '/transfers', '/recruitment', '/life', '/study', '/points', '/cadres', '/notices', '/accounts', '/second-factor'];
