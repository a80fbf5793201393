/**
 * The class on <html> that shows the frame: start-up.css keeps #root hidden until the page's inline script
 * (src/app/shell/start-up-code.ts) has prepared the prerendered frame, and main.tsx sets it too, for a
 * page without that script (the dev server).
 */
export const SHELL_READY_CLASS = 'shell-ready';

/** Also on <html> when the inline script did not run and the start-up fallback showed the frame instead. */
export const SHELL_FALLBACK_CLASS = 'shell-fallback';

/** On <html> once the app has started (main.tsx): the fallback's message then goes away. */
export const APP_STARTED_CLASS = 'app-started';

/**
 * On <html> when the app could not start (its code did not load, or start-up failed): the page's start-up
 * message (start-up.css) says so in the reader's language, with a link that tries again.
 */
export const BOOT_FAILED_CLASS = 'boot-failed';

/**
 * The <template> in the built page's head that holds the links the browser acts on only once they are in
 * the head: the tab's icon and the web manifest (src/app/build/late-head-links.ts). The app puts them in
 * place once the first screen is up (src/components/first-screen.ts).
 */
export const LATE_HEAD_ID = 'after-first-screen';
