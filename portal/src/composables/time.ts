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

const QUARTER_NUMERALS = ['一', '二', '三', '四'];

/** A calendar quarter as the services write it (2026-Q4) with its name (2026年第四季度). */
export interface QuarterChoice {
  value: string;
  label: string;
}

/** The quarter of {@code day} (2026-12-07) and the {@code count - 1} before it, latest first. */
export function recentQuarters(day: string, count: number): QuarterChoice[] {
  let year = Number(day.slice(0, 4));
  let quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const choices: QuarterChoice[] = [];
  for (let i = 0; i < count; i++) {
    choices.push({ value: `${year}-Q${quarter}`, label: `${year}年第${QUARTER_NUMERALS[quarter - 1]}季度` });
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return choices;
}
