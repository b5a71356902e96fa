/**
 * Times as a member reads them. The services send meeting times as local wall-clock times without an offset
 * ("2026-12-08T19:30:00", the city's zone) and instants with one; both are shown as the city's date and time.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** "12月8日 19:30" (with the year when it is not this year's) from a local date-time "2026-12-08T19:30:00". */
export function localDateTime(value: string | undefined, now: Date = new Date()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value ?? '');
  if (!m) return value ?? '';
  const year = Number(m[1]) === now.getFullYear() ? '' : `${m[1]}年`;
  return `${year}${Number(m[2])}月${Number(m[3])}日 ${m[4]}:${m[5]}`;
}

/** Whether a local date-time of the city (UTC+8, which has no daylight saving) is still to come. */
export function isFuture(value: string | undefined, now: Date = new Date()): boolean {
  if (!value) return false;
  return new Date(`${value.slice(0, 19)}+08:00`).getTime() > now.getTime();
}

/** "2026-12-08 19:30" in the city's zone from an instant "2026-12-08T11:30:00Z". */
export function instant(value: string | undefined): string {
  if (!value) return '';
  const t = new Date(new Date(value).getTime() + 8 * 3600_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}
