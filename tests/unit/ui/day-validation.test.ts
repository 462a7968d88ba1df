import { describe, expect, it } from 'vitest';
import { dayProblem, isIsoDay } from '../../../lib/ui/day-validation';

describe('day validation', () => {
  it('accepts real calendar days', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(dayProblem('Event start', '2024-02-29')).toBeNull();
  });
  it('treats empty as "not stated", not as an error', () => {
    expect(dayProblem('Event start', null)).toBeNull();
    expect(dayProblem('Event start', '')).toBeNull();
    expect(dayProblem('Event start', '  ')).toBeNull();
  });
  it('names the bad value and the expected form', () => {
    expect(dayProblem('Event start', '12/03/2024')).toBe('Event start “12/03/2024” is not a date: write it as YYYY-MM-DD, e.g. 2024-03-15.');
    expect(dayProblem('Event end', '2024-3-5')).toMatch(/“2024-3-5”.*YYYY-MM-DD/);
  });
  it('refuses days that do not exist', () => {
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(dayProblem('Published', '2024-13-01')).toBe('Published “2024-13-01” is not a day of the calendar.');
  });
});
