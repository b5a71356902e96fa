/**
 * 我的会议: the meetings the member's branch asked them to attend, latest first, each with what stands for them (checked
 * in, leave asked, approved or refused with the branch's reason). Before a meeting starts the member asks for leave
 * with a reason (again to change it until the branch decides); at the meeting they scan its QR code to check in.
 */
import { label } from '../../api/labels';
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { MyMeeting } from '../../api/types';
import { instant, isFuture, localDateTime } from '../../utils/time';
import { signedInPage } from '../signed-in';
import { parseCheckIn } from './check-in-code';
import { readablePage } from '../../utils/text-size';

export function meetingView(m: MyMeeting, now: Date = new Date()) {
  let mine = '';
  if (m.checkedInAt) mine = `已签到（${instant(m.checkedInAt)}）`;
  else if (m.leaveStatus === 'REFUSED') mine = `请假未批准${m.leaveDecisionReason ? `：${m.leaveDecisionReason}` : ''}`;
  else if (m.leaveStatus) mine = `请假${label('LeaveStatus', m.leaveStatus)}：${m.leaveReason ?? ''}`;
  return {
    id: m.id ?? '',
    topic: m.topic ?? '',
    typeName: label('ActivityType', m.type),
    statusName: label('MeetingStatus', m.status),
    cancelled: m.status === 'CANCELLED',
    when: localDateTime(m.startsAt, now),
    where: [m.venue?.name ?? m.place, m.venue?.address].filter(Boolean).join(' · '),
    mine,
    leaveStatus: m.leaveStatus ?? '',
    mayAskLeave: m.status === 'PLANNED' && !m.checkedInAt && m.leaveStatus !== 'APPROVED' && m.leaveStatus !== 'REFUSED'
      && isFuture(m.startsAt, now),
  };
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    notice: '',
    meetings: [] as ReturnType<typeof meetingView>[],
  },
  methods: {
    async load() {
      if (this.data.meetings.length === 0) this.setData({ state: 'loading', error: '' });
      try {
        const page = await api.get('/api/points/meetings/mine', { query: { page: 1, size: 30 } });
        this.setData({ state: 'ready', meetings: (page.items ?? []).map((m) => meetingView(m)) });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    askLeave(e: WechatMiniprogram.TouchEvent) {
      const id = String(e.currentTarget.dataset.id);
      wx.showModal({
        title: '请假',
        editable: true,
        placeholderText: '请写明请假原因',
        confirmText: '提交',
        success: async ({ confirm, content }) => {
          if (!confirm) return;
          try {
            await api.post('/api/points/meetings/{id}/leave', { path: { id }, body: { reason: (content ?? '').trim() } });
            this.setData({ notice: '请假已提交，等待支部审批。' });
            await this.load();
          } catch (error) {
            wx.showModal({ title: '请假未提交', content: messageOf(error), showCancel: false });
          }
        },
      });
    },
    scan() {
      wx.scanCode({
        onlyFromCamera: true,
        success: async ({ result, path }) => {
          const checkIn = parseCheckIn(path || result);
          if (!checkIn) {
            wx.showModal({ title: '无法签到', content: '这不是会议的签到二维码，请扫描会场展示的二维码。', showCancel: false });
            return;
          }
          try {
            await api.post('/api/points/meetings/{id}/check-ins', { path: { id: checkIn.meetingId }, body: { code: checkIn.code } });
            this.setData({ notice: '签到成功。' });
            await this.load();
          } catch (error) {
            wx.showModal({ title: '签到未成功', content: messageOf(error), showCancel: false });
          }
        },
      });
    },
  },
});
