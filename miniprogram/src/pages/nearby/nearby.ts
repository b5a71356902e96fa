/**
 * 附近的党组织: the Party organisations' activity venues near the member, nearest first, on a map and in a list with
 * the distance; a venue opens in WeChat's map with its address, to be found or navigated to. The location is
 * WeChat's (GCJ-02, the datum learning-service answers in); asked for only on this page.
 */
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { NearbyVenue } from '../../api/types';
import { signedInPage } from '../signed-in';
import { readablePage } from '../../utils/text-size';

const RADIUS_METRES = 5000;

export function distance(metres: number | undefined): string {
  const m = metres ?? 0;
  return m < 1000 ? `${m} 米` : `${(Math.round(m / 100) / 10).toFixed(1)} 公里`;
}

function position(): Promise<WechatMiniprogram.GetLocationSuccessCallbackResult> {
  return new Promise((resolve, reject) => wx.getLocation({ type: 'gcj02', success: resolve, fail: reject }));
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    latitude: 0,
    longitude: 0,
    radiusKm: RADIUS_METRES / 1000,
    venues: [] as (NearbyVenue & { line: string; distance: string })[],
    markers: [] as { id: number; latitude: number; longitude: number; title: string; width: number; height: number }[],
  },
  methods: {
    async load() {
      if (this.data.venues.length === 0) this.setData({ state: 'loading', error: '' });
      let here: WechatMiniprogram.GetLocationSuccessCallbackResult;
      try {
        here = await position();
      } catch {
        this.setData({ state: 'error', error: '未能获取你的位置：请在设置中允许本小程序使用位置信息后重试。' });
        return;
      }
      try {
        const venues = await api.get('/api/learning/nearby/venues', { query: {
          latitude: here.latitude, longitude: here.longitude, radius: RADIUS_METRES, count: 20 } });
        this.setData({
          state: 'ready',
          latitude: here.latitude,
          longitude: here.longitude,
          venues: venues.map((v) => ({ ...v, line: [v.orgName, v.address].filter(Boolean).join(' · '), distance: distance(v.distanceMetres) })),
          markers: venues.map((v, i) => ({ id: i, latitude: v.latitude ?? 0, longitude: v.longitude ?? 0, title: v.name ?? '',
            width: 24, height: 32 })),
        });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    open(e: WechatMiniprogram.TouchEvent) {
      this.show(Number(e.currentTarget.dataset.index));
    },
    onMarker(e: { detail: { markerId: number } }) {
      this.show(e.detail.markerId);
    },
    show(index: number) {
      const venue = this.data.venues[index];
      if (!venue) return;
      wx.openLocation({ latitude: venue.latitude ?? 0, longitude: venue.longitude ?? 0, name: venue.name ?? '',
        address: [venue.orgName, venue.address].filter(Boolean).join(' · '), scale: 16 });
    },
  },
});
