/**
 * The overlay script: injected by the background (scripting.executeScript) only into a flagged
 * frame, into the watcher's isolated world. Logic: onpage/overlay/. An unlisted script, so no
 * WXT content-script context (DOM events) is created.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountOverlay } from '../onpage/overlay/mount';

export default defineUnlistedScript(mountOverlay);
