import { describe, expect, it } from 'vitest';
import { minutes } from '@/composables/time';

describe('times shown to the user', () => {
  it('shows an instant in China Standard Time', () => {
    expect(minutes('2026-12-04T13:49:12.345Z')).toBe('2026-12-04 21:49');
    expect(minutes('2026-12-04T13:49:12+08:00')).toBe('2026-12-04 13:49');
  });

  it('shows a local time as it is, to the minute', () => {
    expect(minutes('2026-12-04T21:24:05')).toBe('2026-12-04 21:24');
    expect(minutes(undefined)).toBe('');
  });
});
