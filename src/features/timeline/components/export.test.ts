import { describe, expect, it } from 'vitest';
import { chinaWorkingDays } from '@/domain/dates/china-holidays';
import { buildTimeline } from '@/domain/timeline/build-timeline';
import { TIMELINE_RULES } from '@/domain/timeline/rules';
import {
  buildCardApplication,
  buildCustomTodo,
  buildProfile,
  buildReceiptCode,
} from '../../../../tests/builders';
import { translator } from '../../../../tests/render';
import { timelineAsIcs, timelineAsText } from './export';

const profiles = [buildProfile()];
const items = buildTimeline({
  profiles,
  records: {
    receiptCodes: [buildReceiptCode()],
    cardApplications: [buildCardApplication({ submittedOn: '2026-11-20' })],
    clinicBindings: [],
    enrolments: [],
    filings: [],
    shanghaiEnrolments: [],
    todos: [buildCustomTodo({ dueOn: '2026-12-01' })],
  },
  rules: TIMELINE_RULES,
  today: '2026-11-22',
  calendar: chinaWorkingDays,
});

describe('calendar export', () => {
  it('makes an all-day event for each open dated step, with the deep link', async () => {
    const t = await translator('en', ['timeline']);
    const ics = await timelineAsIcs(items, profiles, t, 'https://app.example');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261208');
    expect(ics).toContain('DTEND;VALUE=DATE:20261209');
    expect(ics).toContain('SUMMARY:Collect your card at the bank');
    expect(ics).toContain('URL:https://app.example/checklist');
    expect(ics).toContain('SUMMARY:Ask the school clinic about the referral');
    // Window steps span their whole window (the end date is exclusive in iCalendar).
    expect(ics).toContain('DTSTART;VALUE=DATE:20270901');
    expect(ics).toContain('DTEND;VALUE=DATE:20271001');
    // Done steps are not exported.
    expect(ics).not.toContain('receipt code');
  });

  it('shares the open steps as text in the chosen language', async () => {
    const t = await translator('es', ['timeline']);
    const text = timelineAsText(items, profiles, t, 'es', '2026-11-22');
    expect(text).toContain('Pendientes del seguro médico, 22 nov 2026');
    expect(text).toContain('Recoja su tarjeta en el banco');
    expect(text).toContain('8 dic 2026');
  });
});
