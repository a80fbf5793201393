import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/app/i18n';
import { InAppBrowserNotice } from '@/components/install/in-app-browser-notice';
import { InstallOffer } from '@/components/install/install-offer';
import { listenForInstallPrompt } from '@/components/install/install-prompt';
import { IN_APP_NOTICE_DISMISSED_KEY } from '@/data/device-hints';
import type { Language } from '@/domain/settings/languages';

const WECHAT_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; V2238A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

const realUserAgent = navigator.userAgent;
function browseWith(userAgent: string) {
  Object.defineProperty(navigator, 'userAgent', { value: userAgent, configurable: true });
}

async function renderIn(language: Language, node: ReactNode, path = '/card') {
  const i18n = await initTestI18n(language, () => undefined);
  // The notices' words, as the app has them by the time these show (after the first screen, or with Settings).
  await i18n.loadNamespaces('notices');
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>{node}</MemoryRouter>
    </I18nextProvider>,
  );
}

/** The browser's own install offer, as Chromium fires it. */
function offerInstall(outcome: 'accepted' | 'dismissed') {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(() => Promise.resolve()),
    userChoice: Promise.resolve({ outcome }),
  });
  act(() => {
    window.dispatchEvent(event);
  });
  return event;
}

beforeAll(() => listenForInstallPrompt());
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => browseWith(realUserAgent));

describe('InAppBrowserNotice', () => {
  it('tells a WeChat reader that data stays inside WeChat, how to get out, and copies the address', async () => {
    browseWith(WECHAT_IOS);
    await renderIn('en', <InAppBrowserNotice />, '/clinic');
    expect(
      screen.getByRole('heading', { name: 'You are in WeChat (微信)’s own browser' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/stays only inside WeChat \(微信\)/)).toBeInTheDocument();
    // On an iPhone, WeChat's browser is WebKit and its menu says 在Safari中打开.
    expect(screen.getByText(/在Safari中打开 \(Open in Safari\)/)).toBeInTheDocument();
    expect(screen.queryByText(/在浏览器打开/)).toBeNull();
    const address = screen.getByLabelText('This page’s address');
    expect(address).toHaveValue(`${window.location.origin}/clinic`);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/clinic`);
    expect(await screen.findByText('Address copied.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('heading', { name: /own browser/ })).toBeNull();
  });

  it('on Android (WeChat’s Chromium-based XWeb) names the menu’s 在浏览器打开 instead', async () => {
    browseWith(WECHAT_ANDROID);
    await renderIn('en', <InAppBrowserNotice />, '/clinic');
    expect(screen.getByText(/在浏览器打开 \(Open in browser\)/)).toBeInTheDocument();
    expect(screen.queryByText(/Safari/)).toBeNull();
  });

  it('speaks Chinese to a Chinese reader, and stays away for the rest of the visit once put away', async () => {
    browseWith(WECHAT_IOS);
    sessionStorage.setItem(IN_APP_NOTICE_DISMISSED_KEY, '1');
    const { unmount } = await renderIn('zh', <InAppBrowserNotice />);
    expect(screen.queryByRole('heading')).toBeNull();
    unmount();
    sessionStorage.clear();
    await renderIn('zh', <InAppBrowserNotice />);
    expect(screen.getByRole('heading', { name: '你正在微信内置的浏览器里' })).toBeInTheDocument();
  });

  it('says nothing in an ordinary browser', async () => {
    browseWith(CHROME_ANDROID);
    const { container } = await renderIn('en', <InAppBrowserNotice />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('InstallOffer', () => {
  it('offers the browser’s own Install button, once, and hides once installed', async () => {
    browseWith(CHROME_ANDROID);
    const event = offerInstall('accepted');
    const { unmount } = await renderIn('en', <InstallOffer once />);
    expect(screen.getByRole('heading', { name: 'Keep the app on your home screen' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Install' }));
    expect(event.prompt).toHaveBeenCalledOnce();
    expect(screen.queryByRole('heading', { name: 'Keep the app on your home screen' })).toBeNull();
    unmount();
    // Offered once: not again unasked.
    await renderIn('en', <InstallOffer once />);
    expect(screen.queryByRole('heading', { name: 'Keep the app on your home screen' })).toBeNull();
  });

  it('shows Safari’s three steps with the Share icon on an iPhone, in Spanish', async () => {
    browseWith(SAFARI_IPHONE);
    await renderIn('es', <InstallOffer once />);
    const steps = screen.getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveTextContent('Compartir (分享)');
    expect(steps[0]!.querySelector('svg')).not.toBeNull();
    expect(steps[1]).toHaveTextContent('Añadir a pantalla de inicio (添加到主屏幕)');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ahora no' }));
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('offers nothing inside another app’s browser, which cannot install', async () => {
    browseWith(WECHAT_IOS);
    const { container } = await renderIn('en', <InstallOffer />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers nothing when the app already runs from the home screen', async () => {
    browseWith(CHROME_ANDROID);
    const matchMedia = vi
      .spyOn(window, 'matchMedia')
      .mockImplementation(
        (query: string) => ({ matches: query === '(display-mode: standalone)' }) as MediaQueryList,
      );
    try {
      const { container } = await renderIn('en', <InstallOffer />);
      expect(container).toBeEmptyDOMElement();
    } finally {
      matchMedia.mockRestore();
    }
  });
});
