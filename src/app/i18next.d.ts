// Typed translation keys (i18next's TypeScript support): a missing or misspelt key fails the typecheck.
import type card from '../../locales/en/card.json';
import type checklist from '../../locales/en/checklist.json';
import type clinic from '../../locales/en/clinic.json';
import type common from '../../locales/en/common.json';
import type family from '../../locales/en/family.json';
import type filings from '../../locales/en/filings.json';
import type guides from '../../locales/en/guides.json';
import type notices from '../../locales/en/notices.json';
import type profile from '../../locales/en/profile.json';
import type settings from '../../locales/en/settings.json';
import type shanghai from '../../locales/en/shanghai.json';
import type sources from '../../locales/en/sources.json';
import type start from '../../locales/en/start.json';
import type timeline from '../../locales/en/timeline.json';
import type validation from '../../locales/en/validation.json';

/** Every namespace, as locales/en has it (a test checks that each file is here). */
interface Resources {
  card: typeof card;
  checklist: typeof checklist;
  clinic: typeof clinic;
  common: typeof common;
  family: typeof family;
  filings: typeof filings;
  guides: typeof guides;
  notices: typeof notices;
  profile: typeof profile;
  settings: typeof settings;
  shanghai: typeof shanghai;
  sources: typeof sources;
  start: typeof start;
  timeline: typeof timeline;
  validation: typeof validation;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    // 'common' first: an unprefixed key is common's, as at run time (src/app/i18n.ts, defaultNS); every
    // namespace after it, so a `t` accepts any key of any namespace with its prefix.
    defaultNS: ['common', ...Exclude<keyof Resources, 'common'>[]];
    resources: Resources;
  }
}
