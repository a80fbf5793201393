import { formatCalendarDate } from '@/components/date-format';
import { stepTitle } from '@/components/step-title';
import type { Translate } from '@/components/translation-keys';
import type { IsoDate } from '@/domain/dates/iso-date';
import { filingPlace } from '@/domain/filing/validity';
import type { Language } from '@/domain/settings/languages';
import type { TimelineItem } from '@/domain/timeline/types';
import { estimateTag } from '@/components/estimate-note';
import type { useFamilySummary } from '../hooks/use-family-summary';

export type Person = NonNullable<ReturnType<typeof useFamilySummary>>['people'][number];

/**
 * A step as the family reads it: about the student, in the third person ("Pablo must collect the card"), not
 * the student's own imperative (UX review 2.5). A to-do the student wrote keeps its words.
 */
export const familyLine = (t: Translate, item: TimelineItem, name: string) => stepTitle(t, item, name);

/** When a step is due: its whole window where it has one (UX review 2.5), else its date. */
export const itemDates = (item: TimelineItem) =>
  item.window
    ? { start: item.window.start, end: item.window.end }
    : item.date
      ? { start: item.date }
      : undefined;

/** A line of the summary sheet with a date in it (`guides:share.sheet.*`). */
type SheetKey =
  `guides:share.sheet.${keyof import('i18next').CustomTypeOptions['resources']['guides']['share']['sheet']}`;

export interface Line {
  kind: 'heading' | 'line' | 'item' | 'footer';
  /** Plain text, for copying and sharing. */
  text: string;
  date?: string;
  /** For a line with a date: the key and values, so the page can show the date as a <time>. */
  key?: SheetKey;
  iso?: string;
  values?: Record<string, string>;
}

/** A line without its markup: the <time>, <start> and <end> that the page turns into <time> elements. */
const plain = (text: string) => text.replace(/<\/?(time|start|end)>/g, '');

/** The summary's lines, in the reader's language: used for the page, the copy and the share. */
export function summaryLines(
  t: Translate,
  person: Person,
  language: Language,
  today: IsoDate,
  withId: boolean,
) {
  const date = (d: string) => formatCalendarDate(d, language);
  const lines: Line[] = [];
  const dated = (key: SheetKey, iso: string, values: Record<string, string> = {}) =>
    lines.push({
      kind: 'line',
      text: plain(t(key, { ...values, date: date(iso) })),
      key,
      iso,
      values: { ...values, date: date(iso) },
    });
  lines.push({ kind: 'heading', text: t('guides:share.sheet.title', { name: person.profile.name }) });
  dated('guides:share.sheet.made', today);
  lines.push({
    kind: 'line',
    // Never "insured in" for someone outside the schemes (UX review 2.1).
    text: t(person.notInScheme ? 'guides:share.sheet.studiesIn' : 'guides:share.sheet.city', {
      city: t(`profile:cities.${person.profile.city}`),
    }),
  });
  if (withId) lines.push({ kind: 'line', text: t('guides:share.sheet.id', { id: person.profile.idNumber }) });
  if (person.card)
    lines.push({
      kind: 'line',
      text: t('guides:share.sheet.card', { stage: t(`card:stages.${person.card}`) }),
    });
  if (person.notInScheme) lines.push({ kind: 'line', text: t('guides:share.sheet.notInScheme') });
  else if (person.binding)
    dated('guides:share.sheet.clinic', person.binding.canChangeFrom, { clinic: person.binding.name });
  else if (person.profile.city === 'shenzhen')
    lines.push({ kind: 'line', text: t('guides:share.sheet.noClinic') });
  for (const { filing, end } of person.filings) {
    const values = {
      type: t(`filings:types.${filing.type}`),
      place: filingPlace(filing),
    };
    // A worked-out end says so here too (content audit: estimates marked wherever they appear).
    if (end)
      dated(
        end.estimated ? 'guides:share.sheet.filingUntilEstimated' : 'guides:share.sheet.filingUntil',
        end.on,
        values,
      );
    else lines.push({ kind: 'line', text: t('guides:share.sheet.filing', values) });
  }
  if (person.shanghai?.confirmedOn)
    dated('guides:share.sheet.shanghaiConfirmed', person.shanghai.confirmedOn);
  lines.push({ kind: 'heading', text: t('guides:share.sheet.nextHeading') });
  if (person.upcoming.length === 0) lines.push({ kind: 'line', text: t('guides:share.sheet.nothing') });
  for (const item of person.upcoming) {
    const when = itemDates(item);
    // A date worked out from estimated holidays says so here too (content re-audit R-9).
    const tag = item.estimatedHolidays?.length ? ` (${estimateTag(t, item)})` : '';
    lines.push({
      kind: 'item',
      text: `${t(`timeline:status.${item.status}`)}: ${familyLine(t, item, person.profile.name)}${tag}`,
      date: when
        ? when.end
          ? plain(t('guides:share.range', { start: date(when.start), end: date(when.end) }))
          : date(when.start)
        : undefined,
    });
  }
  lines.push({ kind: 'footer', text: t('guides:share.sheet.footer') });
  return lines;
}
