// A stand-in for the parts of `wx` the mini-program uses, for tests under Node: storage in a Map, navigation
// recorded, and wx.request answered by routes the test sets ("GET /api/members/me" → status and body), each call
// recorded with its headers and body.
export interface Answer {
  status: number;
  body?: unknown;
}

export interface Sent {
  method: string;
  url: string;
  header: Record<string, string>;
  data: unknown;
}

type Route = Answer | ((sent: Sent) => Answer | Promise<Answer>);

export class FakeWx {
  readonly storage = new Map<string, unknown>();
  readonly sent: Sent[] = [];
  readonly navigations: string[] = [];
  /** Modals shown (title and content), and how the member answers the next ones (confirm, typed text). */
  readonly modals: { title?: string; content?: string }[] = [];
  modalAnswer = { confirm: true, content: '' };
  /** What the camera reads when the page scans; where the phone is (undefined: location refused). */
  scanned = { result: '', path: '' };
  location: { latitude: number; longitude: number } | undefined = { latitude: 31.3856, longitude: 120.9807 };
  /** What the member answers in WeChat's subscribe dialog ('accept', 'reject'). */
  subscribeAnswer = 'accept';
  readonly subscribeAsked: string[][] = [];
  /** WeChat's font-size setting in px (17 is WeChat's standard). */
  fontSizeSetting = 17;
  readonly mapsOpened: { latitude: number; longitude: number; name?: string }[] = [];
  routes: Record<string, Route> = {};
  loginCode = 'dev:member';

  /** Puts these over whatever `wx` is there (miniprogram-simulate's own, with the system info Vant asks for). */
  install(): void {
    const global = globalThis as unknown as { wx?: object };
    global.wx = Object.assign(global.wx ?? {}, this.api());
  }

  reset(): void {
    this.storage.clear();
    this.sent.length = 0;
    this.navigations.length = 0;
    this.modals.length = 0;
    this.mapsOpened.length = 0;
    this.modalAnswer = { confirm: true, content: '' };
    this.scanned = { result: '', path: '' };
    this.fontSizeSetting = 17;
    this.subscribeAnswer = 'accept';
    this.subscribeAsked.length = 0;
    this.location = { latitude: 31.3856, longitude: 120.9807 };
    this.routes = {};
  }

  /** The calls sent to a path (query left out), in order. */
  calls(method: string, path: string): Sent[] {
    return this.sent.filter((s) => s.method === method && new URL(s.url).pathname === path);
  }

  private api() {
    const navigate = (kind: string) => ({ url }: { url: string }) => {
      this.navigations.push(`${kind} ${url}`);
    };
    return {
      getStorageSync: (key: string) => this.storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => this.storage.set(key, value),
      removeStorageSync: (key: string) => this.storage.delete(key),
      reLaunch: navigate('reLaunch'),
      navigateTo: navigate('navigateTo'),
      switchTab: navigate('switchTab'),
      redirectTo: navigate('redirectTo'),
      requestSubscribeMessage: ({ tmplIds, success }: { tmplIds: string[]; success: (r: Record<string, string>) => void }) => {
        this.subscribeAsked.push(tmplIds);
        setTimeout(() => success({ errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(tmplIds.map((t) => [t, this.subscribeAnswer])) }));
      },
      getAppBaseInfo: () => ({ fontSizeSetting: this.fontSizeSetting }),
      navigateBack: () => this.navigations.push('navigateBack'),
      showModal: (options: { title?: string; content?: string; success?: (r: { confirm: boolean; content: string }) => void }) => {
        this.modals.push({ title: options.title, content: options.content });
        setTimeout(() => options.success?.({ ...this.modalAnswer }));
      },
      scanCode: ({ success }: { success: (r: { result: string; path: string }) => void }) => setTimeout(() => success({ ...this.scanned })),
      getLocation: ({ success, fail }: { success: (r: object) => void; fail: (e: object) => void }) =>
        setTimeout(() => (this.location ? success({ ...this.location }) : fail({ errMsg: 'getLocation:fail auth deny' }))),
      openLocation: (options: { latitude: number; longitude: number; name?: string }) => {
        this.mapsOpened.push({ latitude: options.latitude, longitude: options.longitude, name: options.name });
      },
      setNavigationBarTitle: () => undefined,
      stopPullDownRefresh: () => undefined,
      showToast: () => undefined,
      login: ({ success }: { success: (r: { code: string }) => void }) => success({ code: this.loginCode }),
      request: (options: { url: string; method: string; header: Record<string, string>; data: unknown;
        success: (r: { statusCode: number; data: unknown }) => void; fail: () => void }) => {
        const sent: Sent = { method: options.method, url: options.url, header: options.header, data: options.data };
        this.sent.push(sent);
        const route = this.routes[`${options.method} ${new URL(options.url).pathname}`];
        if (route === undefined) {
          setTimeout(() => options.success({ statusCode: 404, data: { code: 'NOT_FOUND', detail: `no route ${options.url}` } }));
          return;
        }
        Promise.resolve(typeof route === 'function' ? route(sent) : route).then((answer) => {
          if (answer.status === 0) options.fail();
          else options.success({ statusCode: answer.status, data: answer.body ?? '' });
        });
      },
    };
  }
}

/** Waits until the check passes (pages load asynchronously), or fails with the last error after a second. */
export async function until(check: () => void, timeoutMs = 1000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
