/**
 * The always-on script (every page and frame): WXT glue only; the watcher is onpage/. An
 * unlisted script, registered as a content script in wxt.config.ts, so WXT's content-script
 * context (which talks to the page through DOM events) is never created.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startWatcher } from '../onpage/start';

export default defineUnlistedScript(startWatcher);
