/**
 * The overlay's lazy script: injected by the background (scripting.executeScript) only when the
 * overlay in a flagged frame asks for it — tip cards, mute actions, new views. Logic:
 * onpage/overlay/rest.ts. An unlisted script, so no WXT content-script context.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installRest } from '../onpage/overlay/rest';

export default defineUnlistedScript(installRest);
