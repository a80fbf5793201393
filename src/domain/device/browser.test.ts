import { describe, expect, it } from 'vitest';
import { inAppBrowser, installWay, isAppleMobile } from './browser';

/** User agents as these apps' web views and these browsers send them (Android and iOS). */
const IN_APP: readonly [string, string, string][] = [
  [
    'wechat',
    'Android',
    'Mozilla/5.0 (Linux; Android 13; V2238A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  ],
  [
    'wechat',
    'iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
  ],
  [
    'wechat',
    'Android (WeCom 企业微信)',
    'Mozilla/5.0 (Linux; Android 12; PGBM10 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5127 MMWEBSDK/20230405 wxwork/4.1.22 MicroMessenger/7.0.1 NetType/WIFI Language/zh Lang/zh ColorScheme/Light',
  ],
  [
    'qq',
    'Android',
    'Mozilla/5.0 (Linux; Android 12; M2012K11AC Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/89.0.4389.72 MQQBrowser/6.2 TBS/046613 Mobile Safari/537.36 V1_AND_SQ_8.9.80_4614_YYB_D QQ/8.9.80.12440 NetType/WIFI WebP/0.3.0 AppId/537176863 Pixel/1080 StatusBarHeight/100 SimpleUISwitch/0 QQTheme/1000',
  ],
  [
    'qq',
    'iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 QQ/8.9.75.611 V1_IPH_SQ_8.9.75_1_APP_A Pixel/1170 MiniAppEnable SimpleUISwitch/0 StudyMode/0 NetType/WIFI WebP/0.4.1 AppId/537176856 Core/WKWebView Device/Apple(iPhone 13) Lang/zh_CN',
  ],
  [
    'alipay',
    'Android',
    'Mozilla/5.0 (Linux; U; Android 13; zh-CN; 22081212C Build/TKQ1.220829.002) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.2.59 Mobile Safari/537.36 UCBS/3.22.2.59_230720194504 ChannelId(72) NebulaSDK/1.8.100112 Nebula AlipayDefined(nt:WIFI,ws:393|0|2.75) AliApp(AP/10.5.20.7000) AlipayClient/10.5.20.7000 Language/zh-Hans useStatusBar/true isConcaveScreen/true Region/CNAriver/1.0.0 DTN/2.0',
  ],
  [
    'alipay',
    'iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Ariver/1.1.0 AliApp(AP/10.5.36.6000) Nebula WK RVKType(0) AlipayDefined(nt:WIFI,ws:390|780|3.0) AlipayClient/10.5.36.6000 Language/zh-Hans Region/CN NebulaX/1.0.0 DTN/2.0',
  ],
  [
    'dingtalk',
    'Android',
    'Mozilla/5.0 (Linux; U; Android 12; zh-CN; PFEM10 Build/SKQ1.211019.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.1.233 Mobile Safari/537.36 AliApp(DingTalk/7.0.40) com.alibaba.android.rimet/30580185 Channel/227200 language/zh-CN abi/64 UT4Aplus/0.2.25 colorScheme/light',
  ],
  [
    'dingtalk',
    'iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/7.0.30) com.laiwang.DingTalk/29927624 Channel/201200 language/zh-Hans-CN UT4Aplus/0.0.6 WK',
  ],
  [
    'weibo',
    'Android',
    'Mozilla/5.0 (Linux; Android 11; M2011K2C Build/RKQ1.200928.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.141 Mobile Safari/537.36 Weibo (Xiaomi-M2011K2C__weibo__13.6.0__android__android11)',
  ],
  [
    'weibo',
    'iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Weibo (iPhone14,2__weibo__13.2.1__iphone__os16.3)',
  ],
  [
    'douyin',
    'Android',
    'Mozilla/5.0 (Linux; Android 13; 2211133C Build/TKQ1.220905.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.105 Mobile Safari/537.36 aweme_280000 JsSdk/1.0 NetType/WIFI Channel/huawei_1128_64 app_version/28.0.0 ByteLocale/zh-CN Region/CN AppSkin/white AppTheme/light BytedanceWebview/d8a21c6 WebView/075113002001',
  ],
  [
    'douyin',
    'iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 aweme_28.1.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/zh Region/CN AppTheme/light RevealType/Dialog WKWebView/1 BytedanceWebview/d8a21c6 ByteFullLocale/zh-Hans',
  ],
];

const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const CHROME_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';

/** Real browsers, which may look like an app's web view at first sight. */
const BROWSERS: readonly [string, string][] = [
  ['Chrome on Android', CHROME_ANDROID],
  ['Safari on iPhone', SAFARI_IPHONE],
  ['Chrome on iPhone', CHROME_IPHONE],
  [
    'QQ Browser app (QQ浏览器) on Android',
    'Mozilla/5.0 (Linux; U; Android 13; zh-cn; 22081212C Build/TKQ1.220829.002) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/14.2 Mobile Safari/537.36 COVC/046713',
  ],
  [
    'Huawei Browser',
    'Mozilla/5.0 (Linux; Android 12; HarmonyOS; NOH-AN00; HMSCore 6.13.0.302) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.5.302 Mobile Safari/537.36',
  ],
  [
    'UC Browser',
    'Mozilla/5.0 (Linux; U; Android 13; zh-CN; V2227A Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/16.2.8.1301 Mobile Safari/537.36',
  ],
  ['Firefox on Android', 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0'],
  [
    'Chrome on a computer',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
];

describe('inAppBrowser', () => {
  it.each(IN_APP)('tells %s on %s', (app, _platform, userAgent) => {
    expect(inAppBrowser(userAgent)).toBe(app);
  });

  it.each(BROWSERS)('finds no in-app browser in %s', (_name, userAgent) => {
    expect(inAppBrowser(userAgent)).toBeNull();
  });
});

describe('installWay', () => {
  it.each(IN_APP)('cannot install inside %s on %s', (_app, _platform, userAgent) => {
    expect(installWay(userAgent, true)).toBe('none');
  });

  it('uses the browser’s own prompt where it offered one', () => {
    expect(installWay(CHROME_ANDROID, true)).toBe('prompt');
  });

  it('explains Share → Add to Home Screen in Safari on an iPhone or iPad', () => {
    expect(installWay(SAFARI_IPHONE, false)).toBe('ios-share');
    expect(installWay(IPAD_AS_MAC, false, 5)).toBe('ios-share');
    expect(isAppleMobile(IPAD_AS_MAC, 0)).toBe(false); // a Mac without a touch screen
  });

  it('points to the browser’s menu elsewhere', () => {
    expect(installWay(CHROME_IPHONE, false)).toBe('menu');
    expect(installWay(CHROME_ANDROID, false)).toBe('menu');
  });
});
