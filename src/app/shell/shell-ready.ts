/**
 * The class on <html> that shows the frame: styles.css keeps #root hidden until the page's inline script
 * (src/app/shell/shell-plugin.ts) has prepared the prerendered frame, and main.tsx sets it too, for a
 * page without that script (the dev server).
 */
export const SHELL_READY_CLASS = 'shell-ready';
