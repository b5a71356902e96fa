/**
 * Large text for older members: pages follow WeChat's own font-size setting (17 px is WeChat's standard size), and a
 * member may turn large text on in 我的 whatever that setting says. The page's base size and the Vant components'
 * sizes (their CSS variables) are scaled together through <page-meta page-style>, so nothing is left small.
 */
const STANDARD_PX = 17;
const LARGE = 1.25;
const KEY = 'dj.largeText';

/** Whether the member turned large text on in 我的. */
export function largeTextChosen(): boolean {
  return wx.getStorageSync<string>(KEY) === 'on';
}

export function chooseLargeText(on: boolean): void {
  wx.setStorageSync(KEY, on ? 'on' : 'off');
}

/** The scale for text: WeChat's setting over its standard size, at least LARGE when chosen, never below 1. */
export function textScale(): number {
  let setting = STANDARD_PX;
  try {
    setting = wx.getAppBaseInfo().fontSizeSetting || STANDARD_PX;
  } catch {
    // an older base library without getAppBaseInfo: the standard size
  }
  const followed = Math.max(1, setting / STANDARD_PX);
  return largeTextChosen() ? Math.max(followed, LARGE) : followed;
}

/** The page-style for that scale; empty at the standard size. */
export function pageStyle(scale: number = textScale()): string {
  if (scale <= 1) return '';
  const px = (base: number) => `${Math.round(base * scale)}px`;
  return [`font-size: ${Math.round(30 * scale)}rpx`, `--cell-font-size: ${px(14)}`, `--cell-label-font-size: ${px(12)}`,
    `--button-normal-font-size: ${px(14)}`, `--button-small-font-size: ${px(12)}`, `--tag-font-size: ${px(12)}`,
    `--field-error-message-text-font-size: ${px(12)}`].join('; ');
}

/** Every page: sets `pageStyle` when it shows (the member may have changed the setting meanwhile). */
export const readablePage = Behavior({
  data: { pageStyle: '' },
  lifetimes: {
    attached() {
      (this as unknown as WechatMiniprogram.Component.TrivialInstance).setData({ pageStyle: pageStyle() });
    },
  },
  pageLifetimes: {
    show() {
      (this as unknown as WechatMiniprogram.Component.TrivialInstance).setData({ pageStyle: pageStyle() });
    },
  },
});
