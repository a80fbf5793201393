import { HTML_LANG } from '@/domain/settings/languages';
import { currentLanguageOf } from './language';
import { useTranslation } from '@/components/translation-keys';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/**
 * Yuan and percentages in the reader's language (¥1,308.96, 1308,96 ¥), the one place the app formats money:
 * the plain ¥ in every language, as the guides and the official apps write it (UX review, "CN¥"). `wholeYuan` drops the fen (for tables of caps and thresholds).
 */
export function useNumberFormats() {
  const { i18n } = useTranslation();
  const locale = HTML_LANG[currentLanguageOf(i18n)];
  return {
    money: (yuan: number, { wholeYuan = false }: { wholeYuan?: boolean } = {}) =>
      formatter(locale, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        ...(wholeYuan ? { maximumFractionDigits: 0 } : {}),
      }).format(yuan),
    percent: (share: number) =>
      formatter(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share),
  };
}
