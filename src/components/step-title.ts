import type { TimelineItem } from '@/domain/timeline/types';
import { runtimeKey, type Translate } from './translation-keys';

/**
 * A step's title: the student's own imperative ("Collect your card"), or, for a reader who is not the
 * student (`about`: the student's name), about the student in the third person ("Pablo must collect the
 * card": UX review 2.5, 3 M7). A to-do someone wrote keeps its words; a step whose date could not be worked
 * out keeps its general title.
 */
export function stepTitle(t: Translate, item: TimelineItem, about?: string): string {
  if (item.title !== undefined) return item.title;
  const own = t(runtimeKey(item.titleKey), item.params);
  if (about === undefined || item.dateProblem) return own;
  return t(runtimeKey(`timeline:about.${item.ruleId}`), { ...item.params, name: about, defaultValue: own });
}
