/**
 * 我的发展进度, for applicants: where their case stands, the steps done with their dates, and the next step with who
 * performs it, from when it may be done and by when.
 */
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { MyRecruitmentCase } from '../../api/types';
import { readablePage } from '../../utils/text-size';
import { signedInPage } from '../signed-in';

export function progressView(c: MyRecruitmentCase) {
  const n = c.next;
  const when = [n?.firstAllowedDate ? `${n.firstAllowedDate} 起可办理` : '', n?.dueDate ? `应于 ${n.dueDate} 前完成` : '']
    .filter(Boolean).join('，');
  return {
    name: c.name ?? '',
    orgName: c.orgName ?? '',
    applied: c.applicationDate ?? '',
    statusName: c.statusName ?? '',
    stageName: c.stageName ?? '',
    steps: (c.steps ?? []).map((s) => ({ text: s.name ?? '', desc: s.date ?? '' })),
    next: n ? { name: n.name ?? '', line: [[n.performerName, n.actingOrgName].filter(Boolean).join(' '), when].filter(Boolean).join(' · ') } : null,
  };
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    ...progressView({}),
  },
  methods: {
    async load() {
      if (this.data.state !== 'ready') this.setData({ state: 'loading', error: '' });
      try {
        this.setData({ state: 'ready', ...progressView(await api.get('/api/recruitment/cases/mine')) });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
  },
});
