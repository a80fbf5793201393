/**
 * Lets the browser handle anything waiting (a tap, a key, a paint) before the next step of a long piece of
 * work, so that no step holds the main thread for long on a slow phone. A message, not a timer: background
 * tabs slow timers down.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
