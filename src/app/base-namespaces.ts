/**
 * The translations every screen may need: the frame's words and the form errors'. src/app/i18n.ts loads
 * them at start-up; the page's inline script fetches the reader's language's beside the app's code
 * (src/app/shell/start-up-code.ts), so they are there when the code asks.
 */
export const BASE_NAMESPACES = ['common', 'validation'] as const;
