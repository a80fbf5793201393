import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../tests/render';
import { InAppBrowserNotice } from './InAppBrowserNotice';

/** WeChat's browser on Android (XWeb, Chromium-based) and on an iPhone (WebKit, like every iOS browser). */
const ANDROID_WECHAT =
  'Mozilla/5.0 (Linux; Android 13; V2238A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const IPHONE_WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.48(0x18003029) NetType/WIFI Language/zh_CN';

function Screen() {
  return (
    <>
      <h1>A screen</h1>
      <InAppBrowserNotice />
    </>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe("the notice in another app's browser", () => {
  it.each([
    { phone: 'Android', userAgent: ANDROID_WECHAT, way: '在浏览器打开', not: '在Safari中打开' },
    { phone: 'an iPhone', userAgent: IPHONE_WECHAT, way: '在Safari中打开', not: '在浏览器打开' },
  ])('gives the way out that WeChat shows on $phone', async ({ userAgent, way, not }) => {
    vi.stubGlobal('navigator', { ...navigator, userAgent, maxTouchPoints: 5 });
    const view = await renderRoute(Screen, { language: 'zh' });
    const notice = screen.getByRole('region', { name: '你正在微信内置的浏览器里' });
    expect(notice).toHaveTextContent(way);
    expect(notice).not.toHaveTextContent(not);
    view.expectNoMissingKeys();
  });
});
