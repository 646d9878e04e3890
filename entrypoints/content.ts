/** The always-on script (every page and frame): WXT glue only; the watcher is onpage/start.ts. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWatcher } from '../onpage/start';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT's legacy window.postMessage on start would be visible to the page; the DOM event is enough.
  noScriptStartedPostMessage: true,
  main: startWatcher,
});
