/**
 * 组织关系转接: the member's own transfers, newest first: where from and where to, the status, each level of the
 * approval chain with its decision, and, once approved, what the member must do: report to the receiving
 * organisation by the deadline (in the city), or take the letter of introduction (out of the city).
 */
import { label } from '../../api/labels';
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { TransferView } from '../../api/types';
import { instant } from '../../utils/time';
import { signedInPage } from '../signed-in';
import { readablePage } from '../../utils/text-size';

export function transferView(t: TransferView) {
  const steps = (t.steps ?? []).map((s) => ({
    text: `第${s.seq}级 ${s.orgName ?? ''}：${label('StepStatus', s.status)}`,
    desc: [s.decidedAt ? instant(s.decidedAt) : s.dueDate ? `办理期限 ${s.dueDate}` : '', s.comment].filter(Boolean).join(' '),
  }));
  const decided = (t.steps ?? []).filter((s) => s.status === 'APPROVED').length;
  let report = '';
  if (t.status === 'APPROVED' && t.kind !== 'OUT_OF_CITY') {
    report = `请于 ${t.reportBy ?? ''} 前（含当天）到 ${t.toOrgName ?? '接收党组织'} 报到，逾期转接失效。`;
  } else if (t.status === 'APPROVED') {
    report = `请持组织关系介绍信于 ${t.letter?.validUntil ?? ''} 前到 ${t.externalOrg ?? '接收党组织'} 报到。`;
  }
  return {
    id: t.id ?? '',
    kindName: label('TransferKind', t.kind),
    statusName: label('TransferStatus', t.status),
    route: `${t.fromOrgName ?? t.externalOrg ?? ''} → ${t.toOrgName ?? t.externalOrg ?? ''}`,
    registeredOn: t.registeredAt ? instant(t.registeredAt).slice(0, 10) : '',
    report,
    letter: t.letter?.number ? `介绍信 ${t.letter.number}，${t.letter.issuedBy ?? ''}开具，有效期至 ${t.letter.validUntil ?? ''}` : '',
    outcome: t.outcomeComment ? `说明：${t.outcomeComment}` : '',
    steps,
    active: Math.min(decided, Math.max(steps.length - 1, 0)),
  };
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    transfers: [] as ReturnType<typeof transferView>[],
  },
  methods: {
    async load() {
      if (this.data.transfers.length === 0) this.setData({ state: 'loading', error: '' });
      try {
        const page = await api.get('/api/transfers/mine', { query: { page: 1, size: 10 } });
        this.setData({ state: 'ready', transfers: (page.items ?? []).map(transferView) });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
  },
});
