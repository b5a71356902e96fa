import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LectureBooking, LectureSlot } from '@/api/types';
import LecturePanel from '@/components/LecturePanel.vue';
import { json, serve, signedInAs } from './support/fake-api';

const slot = (id: string, over: Partial<LectureSlot>): LectureSlot => ({
  id, expertId: '7', expertName: '李明', expertTitle: '市委党校教授', orgId: '1', orgName: '中共昆山市委', topic: `讲座${id}`,
  place: '市委党校报告厅', startsAt: '2026-12-18T14:30:00', endsAt: '2026-12-18T16:30:00', cancelUntil: '2026-12-16T14:30:00',
  capacity: 2, booked: 0, status: 'OPEN', bookable: true, manageable: false, ...over,
});

const ours: LectureBooking = {
  id: '91', slotId: '3', orgId: '11', orgName: '城北社区党支部', status: 'BOOKED', attendees: 30, bookedAt: '2026-12-07T02:00:00Z',
  expertName: '李明', topic: '讲座3', place: '市委党校报告厅', startsAt: '2026-12-18T14:30:00', cancelUntil: '2026-12-16T14:30:00',
  cancellable: true,
};

describe('expert lectures', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('offers to book only a lecture with a place left that the branch has not booked, and to cancel its own booking', async () => {
    signedInAs('ORG_ADMIN');
    serve({
      'GET /api/learning/lectures/slots': () => json(200, [
        slot('1', {}),
        slot('2', { booked: 2 }),
        slot('3', { booked: 1, ourBookingId: '91' }),
        slot('4', { status: 'WITHDRAWN' }),
      ]),
      'GET /api/learning/lectures/bookings': () => json(200, [ours]),
    });
    const wrapper = mount(LecturePanel, { props: { administrator: true }, attachTo: document.body });
    await flushPromises();

    const cards = wrapper.findAll('[data-test="lecture-slot"]');
    expect(cards).toHaveLength(4);
    expect(cards.map((c) => c.find('[data-test="slot-book"]').exists())).toEqual([true, false, false, false]);
    expect(cards[1].find('[data-test="slot-full"]').exists()).toBe(true);
    expect(cards[2].find('[data-test="slot-ours"]').exists()).toBe(true);
    expect(cards[2].find('[data-test="slot-places"]').text()).toBe('1/2');
    expect(cards[3].text()).toContain('已取消');
    expect(wrapper.find('[data-test="lecture-bookings"]').text()).toContain('城北社区党支部');
    expect(wrapper.findAll('[data-test="booking-cancel"]')).toHaveLength(1);
  });

  it('shows an auditor the lectures and bookings with nothing to press', async () => {
    signedInAs('AUDITOR');
    serve({
      'GET /api/learning/lectures/slots': () => json(200, [slot('1', { manageable: true })]),
      'GET /api/learning/lectures/bookings': () => json(200, [ours]),
    });
    const wrapper = mount(LecturePanel, { props: { administrator: false }, attachTo: document.body });
    await flushPromises();

    expect(wrapper.findAll('[data-test="lecture-slot"]')).toHaveLength(1);
    expect(wrapper.find('[data-test="slot-book"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="slot-withdraw"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="booking-cancel"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="slot-create"]').exists()).toBe(false);
  });
});
