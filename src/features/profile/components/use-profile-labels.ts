import { runtimeKey, useTranslation } from '@/components/translation-keys';
import type { OptionGroup, ProfileHint } from './profile-form-values';

/** The profile form's words: a choice's label (`profile:<group>.<value>`) and a field's hint. */
export function useProfileLabels() {
  const { t } = useTranslation(['profile']);
  return {
    t,
    option: (group: OptionGroup) => (value: string) => ({
      value,
      label: t(runtimeKey(`profile:${group}.${value}`)),
    }),
    hint: (key: ProfileHint) => t(`profile:hints.${key}`),
  };
}
