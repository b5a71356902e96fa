/**
 * 我的党费: the member's dues this year: the monthly amount by the base the branch set, months paid and owed with the
 * amount owed, and each month's standing (paid on which day, owed, still to pay, exempt).
 */
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { MyDues } from '../../api/types';
import { readablePage } from '../../utils/text-size';
import { signedInPage } from '../signed-in';

export function duesView(dues: MyDues) {
  return {
    year: dues.year ?? new Date().getFullYear(),
    monthlyAmount: dues.monthlyAmount ?? 0,
    paidMonths: dues.paidMonths ?? 0,
    owedMonths: dues.owedMonths ?? 0,
    owedAmount: dues.owedAmount ?? 0,
    months: (dues.months ?? []).map((m) => ({
      month: m.month ?? 0,
      status: m.status ?? '',
      statusName: m.statusName ?? '',
      line: m.paidOn ? `${m.paid} 元 · ${m.paidOn.slice(5)}` : m.due !== undefined && m.status !== 'EXEMPT' ? `${m.due} 元` : '',
    })),
  };
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    ...duesView({}),
  },
  methods: {
    async load() {
      if (this.data.state !== 'ready') this.setData({ state: 'loading', error: '' });
      try {
        this.setData({ state: 'ready', ...duesView(await api.get('/api/points/dues/mine')) });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
  },
});
