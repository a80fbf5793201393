/** Copies text: the Clipboard API where allowed, else a selected, off-screen textarea. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the older way (e.g. an http:// origin or a denied permission).
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/**
 * Hands text to the phone's share sheet where there is one, else copies it. 'cancelled' when the reader
 * closed the share sheet (nothing to say); 'shared', 'copied' or 'failed' otherwise.
 */
export async function shareOrCopy(data: {
  title?: string;
  text: string;
}): Promise<'shared' | 'copied' | 'failed' | 'cancelled'> {
  if (navigator.share) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (reason) {
      if (reason instanceof DOMException && reason.name === 'AbortError') return 'cancelled';
      // Refused (no user gesture, a file type): copy instead.
    }
  }
  return (await copyText(data.text)) ? 'copied' : 'failed';
}
