/** Chromium's install prompt event (not in TypeScript's DOM types). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * The browser's offer to install the app. Chromium-based browsers fire `beforeinstallprompt` once the app
 * qualifies, often before any screen is shown: start-up keeps the event (and stops the browser's own
 * mini-infobar), so that the app can offer it at a calm moment instead (./install-offer.tsx). This file is
 * part of the first load: it stays this small.
 */
export const installPrompt = {
  event: null as BeforeInstallPromptEvent | null,
  installed: false,
  listeners: new Set<() => void>(),
};

const notify = () => {
  for (const listener of installPrompt.listeners) listener();
};

/** Call once at start-up. */
export function listenForInstallPrompt(target: Window = window): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt.event = event as BeforeInstallPromptEvent;
    notify();
  });
  target.addEventListener('appinstalled', () => {
    installPrompt.event = null;
    installPrompt.installed = true;
    notify();
  });
}
