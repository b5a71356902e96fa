/**
 * 积分: the member's points statement this year (every entry with what earned it) and their rank in the branch,
 * which points-service gives only where the member's organisation shows rankings.
 */
import { messageOf } from '../../api/problem';
import { profile } from '../../api/profile';
import { api } from '../../api/request';
import { signedInPage } from '../signed-in';
import type { MemberStatement } from '../../api/types';
import { readablePage } from '../../utils/text-size';

export function statementView(statement: MemberStatement) {
  const points = (n: number | undefined) => ((n ?? 0) > 0 ? `+${n}` : String(n ?? 0));
  return {
    year: statement.year ?? new Date().getFullYear(),
    orgName: statement.orgName ?? '',
    total: statement.total ?? 0,
    rank: statement.rank ? `支部排名第 ${statement.rank} 名（共 ${statement.rankedInBranch} 人）` : '',
    entries: (statement.entries ?? []).map((e) => ({
      label: e.label ?? '',
      line: [e.date, e.detail].filter(Boolean).join(' · '),
      points: points(e.points),
    })),
  };
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    year: 0,
    orgName: '',
    total: 0,
    rank: '',
    entries: [] as ReturnType<typeof statementView>['entries'],
  },
  methods: {
    async load() {
      if (this.data.year === 0) this.setData({ state: 'loading', error: '' });
      try {
        const me = await profile.me();
        if (!me.memberId) {
          this.setData({ state: 'error', error: '积分记录只属于党员：入党申请人暂无积分。' });
          return;
        }
        const statement = await api.get('/api/points/members/{memberId}', { path: { memberId: me.memberId } });
        this.setData({ state: 'ready', ...statementView(statement) });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
  },
});
