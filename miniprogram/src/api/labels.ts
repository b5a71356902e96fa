import { labels } from './generated/labels';

/** The Chinese name of an enumeration's value, as the API documents describe it (the value itself when unnamed). */
export function label(enumeration: string, value: string | undefined): string {
  if (!value) return '';
  return labels[enumeration]?.[value] ?? value;
}
