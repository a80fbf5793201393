/**
 * Which browser the page is open in, told from its user-agent string: the in-app browsers of the apps
 * students open links from (a link in a WeChat group opens in WeChat's own web view), and how this browser
 * puts a web app on the home screen. Pure: the caller passes `navigator.userAgent`.
 *
 * An in-app browser keeps its own storage, apart from the phone's browser, and may clear it; nothing entered
 * there shows in the browser afterwards, and it cannot install the app.
 */
export const IN_APP_BROWSERS = ['wechat', 'qq', 'alipay', 'dingtalk', 'weibo', 'douyin'] as const;
export type InAppBrowser = (typeof IN_APP_BROWSERS)[number];

/** Each app's mark in its web view's user agent (WeCom, 企业微信, is WeChat's: MicroMessenger too). */
const MARKS: readonly (readonly [InAppBrowser, RegExp])[] = [
  ['wechat', /\bMicroMessenger\//i],
  ['dingtalk', /\bDingTalk\//i],
  ['alipay', /\bAlipayClient\/|\bAliApp\(AP\//i],
  // QQ's web view says "QQ/8.9…"; the QQ Browser app (MQQBrowser without " QQ/") is a real browser.
  ['qq', /(?:^|\s)QQ\/\d/],
  ['weibo', /__weibo__|\bWeibo\b/i],
  ['douyin', /\baweme(?:_lite)?[_/]\d|\bBytedanceWebview\//i],
];

/** The app whose built-in browser this is, or null in an ordinary browser. */
export function inAppBrowser(userAgent: string): InAppBrowser | null {
  for (const [app, mark] of MARKS) if (mark.test(userAgent)) return app;
  return null;
}

/** An iPhone, iPod or iPad (iPadOS may say Macintosh: then it has a touch screen). */
export function isAppleMobile(userAgent: string, maxTouchPoints = 0): boolean {
  return /\b(iPhone|iPad|iPod)\b/.test(userAgent) || (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1);
}

/**
 * How this browser installs the app: `prompt` where it offers an install prompt of its own (Chromium-based
 * browsers fire `beforeinstallprompt`; the caller knows whether it did), `ios-share` in Safari on an
 * iPhone or iPad (Share, then Add to Home Screen), `menu` elsewhere (the browser's menu), `none` inside
 * another app's browser, which cannot install.
 */
export type InstallWay = 'prompt' | 'ios-share' | 'menu' | 'none';

export function installWay(userAgent: string, hasPrompt: boolean, maxTouchPoints = 0): InstallWay {
  if (inAppBrowser(userAgent)) return 'none';
  if (hasPrompt) return 'prompt';
  if (isAppleMobile(userAgent, maxTouchPoints)) {
    // Only Safari itself could add to the home screen before iOS 16.4; other iOS browsers say so by name.
    return /\b(CriOS|FxiOS|EdgiOS|OPiOS|YaBrowser|MQQBrowser|UCBrowser|Quark|baiduboxapp)\b/i.test(userAgent)
      ? 'menu'
      : 'ios-share';
  }
  return 'menu';
}
