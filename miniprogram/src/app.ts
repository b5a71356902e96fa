// The pages are Component-built (WeChat's Component constructor for pages), so each can be rendered on its own in
// the tests; the app itself keeps no state: the session lives in storage (api/session).
App({});
