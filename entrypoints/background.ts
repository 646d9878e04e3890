/**
 * Background bundle: all of it lives in background/ (one concern per file). Chrome MV3 runs it
 * as a service worker; in Firefox's MV2 build it is an event page (not persistent), so both
 * stop when idle and rebuild the engine on the first sample after a start.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../background';

export default defineBackground({ persistent: false, main: startBackground });
