/** The only hosts the store build runs on. Test builds add the local demo (wxt.config.ts). */
export const FACEBOOK_MATCHES = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
];
