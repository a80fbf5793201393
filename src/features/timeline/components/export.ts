import { plainText } from '@/domain/common/text';
import { addDays, compareIsoDates, daysBetween, parseIsoDate, type IsoDate } from '@/domain/dates/iso-date';
import type { Profile } from '@/domain/profile/schema';
import type { TimelineItem } from '@/domain/timeline/types';
import { formatCalendarDate } from '@/components/date-format';
import type { Language } from '@/domain/settings/languages';
import { estimateNote, estimateTag } from '@/components/estimate-note';
import { stepTitle } from '@/components/step-title';
import { runtimeKey, type Translate } from '@/components/translation-keys';

const isOpen = (item: TimelineItem) => item.status !== 'done' && item.status !== 'skipped';

/** The open items as plain text in the reader's language, for a family member to read. */
export function timelineAsText(
  items: readonly TimelineItem[],
  profiles: readonly Profile[],
  t: Translate,
  language: Language,
  today: string,
): string {
  const names = new Map(profiles.map((p) => [p.id, plainText(p.name)]));
  const date = (d: string) => formatCalendarDate(d, language);
  const lines = [t('timeline:share.heading', { date: date(today) }), ''];
  for (const item of items.filter(isOpen)) {
    const when = item.window
      ? `${date(item.window.start)} – ${date(item.window.end)}`
      : item.date
        ? date(item.date)
        : t('timeline:share.noDate');
    const who = profiles.length > 1 ? ` (${names.get(item.profileId) ?? ''})` : '';
    // A worked-out date says so here too: a family member must not take it for an official one.
    const tag = estimateTag(t, item);
    const estimate = tag ? ` (${tag})` : '';
    lines.push(
      `• ${t(`timeline:status.${item.status}`)} · ${when}${estimate}: ${plainText(stepTitle(t, item))}${who}`,
    );
  }
  lines.push('', t('timeline:share.footer'));
  return lines.join('\n');
}

const parts = (d: string): [number, number, number] => {
  const p = parseIsoDate(d)!;
  return [p.year, p.month, p.day];
};

/**
 * The open, dated items that have not yet passed as an iCalendar file (all-day events), each with the
 * app's deep link. A step whose last day is behind today stays on the to-do, overdue: as an event it would
 * only sit in the calendar's past, its reminders long gone.
 */
export async function timelineAsIcs(
  items: readonly TimelineItem[],
  profiles: readonly Profile[],
  t: Translate,
  origin: string,
  today: IsoDate,
): Promise<string> {
  const { createEventsAsync } = await import('ics');
  // Names, titles and notes may come from a person or an imported file: plain text only in the file.
  const names = new Map(profiles.map((p) => [p.id, plainText(p.name)]));
  const events = items
    .filter((item) => {
      const last = item.window?.end ?? item.date;
      return isOpen(item) && last !== undefined && compareIsoDates(last, today) >= 0;
    })
    .map((item) => {
      const start = item.window?.start ?? item.date!;
      const end = addDays(item.window?.end ?? item.date!, 1);
      const url = `${origin}${item.link}`;
      // The phone's calendar reminds at 09:00 the day before the step starts and, for a window with a
      // deadline, the day before it closes (UX review 1.8: the app promised reminders the file did not hold).
      // Relative to the all-day start, so no time zone moves them.
      const title = plainText(stepTitle(t, item));
      const lastDay = daysBetween(start, item.window?.end ?? start);
      const alarms = [
        { action: 'display' as const, description: title, trigger: { hours: 15, before: true } },
        ...(lastDay > 1 && item.meaning === 'deadline'
          ? [
              {
                action: 'display' as const,
                description: title,
                trigger: { days: lastDay - 1, hours: 9, before: false },
              },
            ]
          : []),
      ];
      const detail =
        item.detailKey && item.ruleId !== 'custom'
          ? t(runtimeKey(item.detailKey), item.params)
          : plainText(item.note ?? '', { multiline: true });
      return {
        uid: `${item.key.replace(/[^A-Za-z0-9.-]/g, '-')}@yibao-companion`,
        start: parts(start),
        end: parts(end),
        title: profiles.length > 1 ? `${title} (${names.get(item.profileId) ?? ''})` : title,
        description: [estimateNote(t, item) ?? '', detail, `${t('timeline:calendar.openInApp')} ${url}`]
          .filter(Boolean)
          .join('\n'),
        url,
        alarms,
        productId: 'yibao-companion',
        calName: t('common:appName'),
      };
    });
  const { error, value } = await createEventsAsync(events);
  if (error || !value) throw error ?? new Error('No calendar produced');
  return value;
}
