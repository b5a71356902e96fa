/**
 * Where the mini-program's calls go. The build writes a city's address here (DJ_GATEWAY_URL, https and listed in the
 * mini-program's request domain whitelist); the default is a developer's local ./platform, which WeChat's developer
 * tools reach with "do not check domain names" ticked. A settings object, not a constant, so the platform check run
 * under Node can point it at the test run's gateway.
 */
export const settings = {
  gateway: 'http://127.0.0.1:8080',
};
