// The schema only accepts calendar days written YYYY-MM-DD; the form says which value is wrong before
// the worker would reject the whole record.
import { IsoDay } from '../record-schema';

export function isIsoDay(value: string): boolean {
  return IsoDay.safeParse(value).success;
}

/** A sentence naming the bad value, or null when `value` is empty or a real day. */
export function dayProblem(label: string, value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${label} “${v}” is not a date: write it as YYYY-MM-DD, e.g. 2024-03-15.`;
  if (!isIsoDay(v)) return `${label} “${v}” is not a day of the calendar.`;
  return null;
}
