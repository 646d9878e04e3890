/** The overlay script: injected by the background only into a flagged frame. Logic: onpage/overlay/. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlay } from '../onpage/overlay/mount';

export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main: mountOverlay,
});
