import type { DefaultNamespace, FlatNamespace, ParseKeys, TFunction } from 'i18next';
import { useTranslation as useI18nextTranslation, type UseTranslationResponse } from 'react-i18next';

/**
 * Every key of the app's locales, with its namespace (`'clinic:fields.name'`), as i18next's TypeScript
 * support reads them from locales/en (src/app/i18next.d.ts): a missing or misspelt key fails the typecheck.
 */
export type TranslationKey = ParseKeys;

/** A `t` that knows every namespace: the type of the `t` a helper is given. */
export type Translate = TFunction;

/**
 * A key only known at run time: a message a domain rule returns (the domain imports no i18next), a step's
 * key from the timeline engine, a record's status. The typecheck cannot see these, so they pass through
 * here, and only here; the locale tests render every rule's keys in three languages and fail on a missing one.
 */
export const runtimeKey = (key: string): TranslationKey => key as TranslationKey;

/**
 * react-i18next's useTranslation, with one type of `t` everywhere: it knows every key of every namespace.
 * The namespaces given are what to load (the screen suspends until they are); they do not narrow the keys,
 * so a screen's `t` goes to any helper, and a key of another namespace is still checked.
 */
export const useTranslation = useI18nextTranslation as (
  namespaces?: FlatNamespace | readonly FlatNamespace[],
) => UseTranslationResponse<DefaultNamespace, undefined>;
