// Times as the user reads them: minutes in China Standard Time. Services send either an instant with its offset
// (2026-12-04T05:49:00Z) or a local time in the users' zone without one; both come out as 2026-12-04 13:49.
const FORMAT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function minutes(value: string | null | undefined): string {
  if (!value) return '';
  if (/(Z|[+-]\d\d:?\d\d)$/.test(value)) return FORMAT.format(new Date(value)).replace(',', '');
  return value.replace('T', ' ').slice(0, 16);
}

/** Today's date in China Standard Time, as the services' dates are written (2026-12-04). */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
